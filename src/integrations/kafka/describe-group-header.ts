import { consumerGroupDescribeV0, type Reader, type Writer } from '@platformatic/kafka'

/**
 * What ConsumerGroupDescribe, ShareGroupDescribe and StreamsGroupDescribe share on the wire.
 * Request => [group_ids] include_authorized_operations TAG_BUFFER: the library's writer of
 * ConsumerGroupDescribe v0 serves all three.
 */
export const createGroupDescribeRequest: (groupIds: string[], includeAuthorizedOperations: boolean) => Writer = consumerGroupDescribeV0.createRequest

export type DescribedGroupHeader = {
  errorCode: number
  errorMessage: string | null
  groupId: string
  groupState: string
  groupEpoch: number
  assignmentEpoch: number
}

/** A described group's first fields: error_code error_message group_id group_state group_epoch assignment_epoch. */
export function readDescribedGroupHeader(r: Reader): DescribedGroupHeader {
  return {
    errorCode: r.readInt16(),
    errorMessage: r.readNullableString(),
    groupId: r.readString(),
    groupState: r.readString(),
    groupEpoch: r.readInt32(),
    assignmentEpoch: r.readInt32(),
  }
}
