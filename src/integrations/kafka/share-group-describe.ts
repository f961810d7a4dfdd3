/**
 * ShareGroupDescribe (API key 77, KIP-932), which @platformatic/kafka 2.12 knows only by key. v1 is
 * the first stable version (Kafka 4.1+; v0 was Kafka 4.0's early access, since removed). Fields as
 * in Kafka's ShareGroupDescribeRequest/Response.json, checked against the schemas of the
 * kafka-clients jar of the peer's version.
 */
import { createAPI, type Reader } from '@platformatic/kafka'

import { createGroupDescribeRequest, type DescribedGroupHeader, readDescribedGroupHeader } from '@/integrations/kafka/describe-group-header'

export type ShareGroupDescribeMember = {
  memberId: string
  rackId: string | null
  memberEpoch: number
  clientId: string
  clientHost: string
  subscribedTopicNames: string[]
  assignment: { topicId: string; topicName: string; partitions: number[] }[]
}

export type ShareGroupDescribeGroup = DescribedGroupHeader & {
  assignorName: string
  members: ShareGroupDescribeMember[]
  authorizedOperations: number
}

export type ShareGroupDescribeResponse = { throttleTimeMs: number; groups: ShareGroupDescribeGroup[] }

/** ShareGroupDescribe Request (Version: 1): the same layout as ConsumerGroupDescribe v0's (describe-group-header.ts). */
export const createRequest = createGroupDescribeRequest

/*
ShareGroupDescribe Response (Version: 1) => throttle_time_ms [groups] TAG_BUFFER
  groups => error_code error_message group_id group_state group_epoch assignment_epoch assignor_name [members] authorized_operations TAG_BUFFER
    members => member_id rack_id member_epoch client_id client_host [subscribed_topic_names] assignment TAG_BUFFER
      assignment => [topic_partitions] TAG_BUFFER
        topic_partitions => topic_id topic_name [partitions] TAG_BUFFER
*/
export function parseResponse(_correlationId: number, _apiKey: number, _apiVersion: number, reader: Reader): ShareGroupDescribeResponse {
  const response = {
    throttleTimeMs: reader.readInt32(),
    groups: reader.readArray((r) => ({
      ...readDescribedGroupHeader(r),
      assignorName: r.readString(),
      members: r.readArray(readMember),
      authorizedOperations: r.readInt32(),
    })),
  }
  reader.readTaggedFields()
  return response
}

function readMember(r: Reader): ShareGroupDescribeMember {
  const member = {
    memberId: r.readString(),
    rackId: r.readNullableString(),
    memberEpoch: r.readInt32(),
    clientId: r.readString(),
    clientHost: r.readString(),
    subscribedTopicNames: r.readArray((e) => e.readString(), true, false),
    assignment: r.readArray((t) => ({ topicId: t.readUUID(), topicName: t.readString(), partitions: t.readArray((e) => e.readInt32(), true, false) })),
  }
  r.readTaggedFields() // the assignment struct's
  return member
}

export const shareGroupDescribeV1 = createAPI<[groupIds: string[], includeAuthorizedOperations: boolean], ShareGroupDescribeResponse>(
  77,
  1,
  createRequest,
  parseResponse,
)
