/**
 * StreamsGroupDescribe (API key 89, KIP-1071), which @platformatic/kafka 2.12 knows only by key.
 * v0 (Kafka 4.1+); v1 adds the topology description (nodes, stores) and the assignor name, not shown here.
 * Fields as in Kafka's StreamsGroupDescribeRequest/Response.json, checked against the schemas of
 * the kafka-clients jar of the peer's version. Nullable structs carry a leading int8 (-1 = null).
 */
import { createAPI, type Reader } from '@platformatic/kafka'

import { createGroupDescribeRequest, type DescribedGroupHeader, readDescribedGroupHeader } from '@/integrations/kafka/describe-group-header'

export type StreamsTaskIds = { subtopologyId: string; partitions: number[] }
export type StreamsAssignment = { activeTasks: StreamsTaskIds[]; standbyTasks: StreamsTaskIds[]; warmupTasks: StreamsTaskIds[] }
export type StreamsTopicInfo = { name: string; partitions: number; replicationFactor: number }

export type StreamsSubtopology = {
  subtopologyId: string
  sourceTopics: string[]
  repartitionSinkTopics: string[]
  stateChangelogTopics: StreamsTopicInfo[]
  repartitionSourceTopics: StreamsTopicInfo[]
}

export type StreamsGroupDescribeMember = {
  memberId: string
  memberEpoch: number
  instanceId: string | null
  rackId: string | null
  clientId: string
  clientHost: string
  topologyEpoch: number
  processId: string
  userEndpoint: { host: string; port: number } | null
  clientTags: { key: string; value: string }[]
  assignment: StreamsAssignment
  targetAssignment: StreamsAssignment
  isClassic: boolean
}

export type StreamsGroupDescribeGroup = DescribedGroupHeader & {
  /** Null before the group's topology is initialised; its subtopologies null while source topics are missing. */
  topology: { epoch: number; subtopologies: StreamsSubtopology[] | null } | null
  members: StreamsGroupDescribeMember[]
  authorizedOperations: number
}

export type StreamsGroupDescribeResponse = { throttleTimeMs: number; groups: StreamsGroupDescribeGroup[] }

/** StreamsGroupDescribe Request (Version: 0): the same layout as ConsumerGroupDescribe v0's (describe-group-header.ts). */
export const createRequest = createGroupDescribeRequest

const readStrings = (r: Reader) => r.readArray((e) => e.readString(), true, false)
const readKeyValues = (r: Reader) => r.readArray((e) => ({ key: e.readString(), value: e.readString() }))

function readTopicInfo(r: Reader): StreamsTopicInfo {
  const info = { name: r.readString(), partitions: r.readInt32(), replicationFactor: r.readInt16() }
  readKeyValues(r) // topic configs
  return info
}

function readSubtopology(r: Reader): StreamsSubtopology {
  return {
    subtopologyId: r.readString(),
    sourceTopics: readStrings(r),
    repartitionSinkTopics: readStrings(r),
    stateChangelogTopics: r.readArray(readTopicInfo),
    repartitionSourceTopics: r.readArray(readTopicInfo),
  }
}

function readAssignment(r: Reader): StreamsAssignment {
  const tasks = () => r.readArray((t) => ({ subtopologyId: t.readString(), partitions: t.readArray((e) => e.readInt32(), true, false) }))
  const assignment = { activeTasks: tasks(), standbyTasks: tasks(), warmupTasks: tasks() }
  r.readTaggedFields()
  return assignment
}

function readMember(r: Reader): StreamsGroupDescribeMember {
  const memberId = r.readString()
  const memberEpoch = r.readInt32()
  const instanceId = r.readNullableString()
  const rackId = r.readNullableString()
  const clientId = r.readString()
  const clientHost = r.readString()
  const topologyEpoch = r.readInt32()
  const processId = r.readString()
  const userEndpoint = r.readNullableStruct(() => {
    const endpoint = { host: r.readString(), port: r.readUnsignedInt16() }
    r.readTaggedFields()
    return endpoint
  })
  const clientTags = readKeyValues(r)
  const readTaskOffsets = () => r.readArray((t) => ({ subtopologyId: t.readString(), partition: t.readInt32(), offset: t.readInt64() }))
  readTaskOffsets() // changelog offsets, not shown
  readTaskOffsets() // changelog end offsets, not shown
  const assignment = readAssignment(r)
  const targetAssignment = readAssignment(r)
  const isClassic = r.readBoolean()
  return {
    memberId,
    memberEpoch,
    instanceId,
    rackId,
    clientId,
    clientHost,
    topologyEpoch,
    processId,
    userEndpoint,
    clientTags,
    assignment,
    targetAssignment,
    isClassic,
  }
}

/*
StreamsGroupDescribe Response (Version: 0) => throttle_time_ms [groups] TAG_BUFFER
  groups => error_code error_message group_id group_state group_epoch assignment_epoch topology [members] authorized_operations TAG_BUFFER
    topology (nullable) => epoch [subtopologies] (nullable) TAG_BUFFER
    members => member_id member_epoch instance_id rack_id client_id client_host topology_epoch process_id
               user_endpoint (nullable) [client_tags] [task_offsets] [task_end_offsets] assignment target_assignment is_classic TAG_BUFFER
*/
export function parseResponse(_correlationId: number, _apiKey: number, _apiVersion: number, reader: Reader): StreamsGroupDescribeResponse {
  const response = {
    throttleTimeMs: reader.readInt32(),
    groups: reader.readArray((r) => ({
      ...readDescribedGroupHeader(r),
      topology: r.readNullableStruct(() => {
        const topology = { epoch: r.readInt32(), subtopologies: r.readNullableArray(readSubtopology) }
        r.readTaggedFields()
        return topology
      }),
      members: r.readArray(readMember),
      authorizedOperations: r.readInt32(),
    })),
  }
  reader.readTaggedFields()
  return response
}

export const streamsGroupDescribeV0 = createAPI<[groupIds: string[], includeAuthorizedOperations: boolean], StreamsGroupDescribeResponse>(
  89,
  0,
  createRequest,
  parseResponse,
)
