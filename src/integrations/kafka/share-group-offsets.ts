/**
 * DescribeShareGroupOffsets (API key 90, KIP-932), which @platformatic/kafka 2.12 knows only by key:
 * each partition's share-partition start offset (the first record not yet acknowledged), and from
 * v1 (Kafka 4.2+) the broker's own lag. Fields as in Kafka's DescribeShareGroupOffsetsRequest/
 * Response.json, checked against the schemas of the kafka-clients jar of the peer's version.
 */
import { type API, createAPI, type Reader, Writer } from '@platformatic/kafka'

export type ShareGroupOffsetsPartition = {
  partitionIndex: number
  startOffset: bigint
  leaderEpoch: number
  /** v1+; null from v0. The broker answers -1 when it cannot tell. */
  lag: bigint | null
  errorCode: number
  errorMessage: string | null
}

export type ShareGroupOffsetsGroup = {
  groupId: string
  topics: { topicName: string; topicId: string; partitions: ShareGroupOffsetsPartition[] }[]
  errorCode: number
  errorMessage: string | null
}

export type ShareGroupOffsetsResponse = { throttleTimeMs: number; groups: ShareGroupOffsetsGroup[] }

/** A group and the topics to read; `topics: null` = every topic the group has state for. */
export type ShareGroupOffsetsRequestGroup = { groupId: string; topics: { topicName: string; partitions: number[] }[] | null }

/* DescribeShareGroupOffsets Request (Version: 0 and 1) => [groups] TAG_BUFFER
     groups => group_id [topics] (nullable) TAG_BUFFER
       topics => topic_name [partitions] TAG_BUFFER */
export function createRequest(groups: ShareGroupOffsetsRequestGroup[]): Writer {
  return Writer.create()
    .appendArray(groups, (w, g) =>
      w
        .appendString(g.groupId)
        .appendArray(g.topics, (tw, t) => tw.appendString(t.topicName).appendArray(t.partitions, (pw, p) => pw.appendInt32(p), true, false)),
    )
    .appendTaggedFields()
}

/* DescribeShareGroupOffsets Response (Version: 0, 1) => throttle_time_ms [groups] TAG_BUFFER
     groups => group_id [topics] error_code error_message TAG_BUFFER
       topics => topic_name topic_id [partitions] TAG_BUFFER
         partitions => partition_index start_offset leader_epoch lag (v1+) error_code error_message TAG_BUFFER */
export function parser(version: number) {
  return (_correlationId: number, _apiKey: number, _apiVersion: number, reader: Reader): ShareGroupOffsetsResponse => {
    const response = {
      throttleTimeMs: reader.readInt32(),
      groups: reader.readArray((g) => ({
        groupId: g.readString(),
        topics: g.readArray((t) => ({
          topicName: t.readString(),
          topicId: t.readUUID(),
          partitions: t.readArray((p) => ({
            partitionIndex: p.readInt32(),
            startOffset: p.readInt64(),
            leaderEpoch: p.readInt32(),
            lag: version >= 1 ? p.readInt64() : null,
            errorCode: p.readInt16(),
            errorMessage: p.readNullableString(),
          })),
        })),
        errorCode: g.readInt16(),
        errorMessage: g.readNullableString(),
      })),
    }
    reader.readTaggedFields()
    return response
  }
}

type ShareGroupOffsetsApi = API<[groups: ShareGroupOffsetsRequestGroup[]], ShareGroupOffsetsResponse>

export const describeShareGroupOffsetsV1: ShareGroupOffsetsApi = createAPI(90, 1, createRequest, parser(1))
export const describeShareGroupOffsetsV0: ShareGroupOffsetsApi = createAPI(90, 0, createRequest, parser(0))
