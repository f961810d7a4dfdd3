import { createAPI, fetchV12, type Reader, readKnownTaggedFields } from '@platformatic/kafka'

import { firstRecordTime, type RecordTime } from '@/integrations/kafka/record-batch'
import type { KafkaSession } from '@/integrations/kafka/session'

/** A record to date: the first at or after `offset` of the partition (a group's committed offset). */
export type RecordRead = { topic: string; partition: number; offset: number }

/**
 * What a read found: the record's time; `gone` when the offset is out of the log's range (deleted by
 * retention or deleteRecords); `unreadable` when the answer held no record to date (cut off by the
 * byte limit inside a compressed batch, no timestamp, a partition error or a failed request).
 */
export type RecordReadOutcome = RecordTime | 'gone' | 'unreadable'

export type RecordReadsResult = { outcomes: RecordReadOutcome[]; requests: number; bytes: number }

/**
 * READ_UNCOMMITTED, like the lag itself (ListOffsets in offsets.ts, and ConsumerGroupCommand): the
 * record at the committed offset is dated even inside an open transaction (READ_COMMITTED stops at
 * the last stable offset, so every partition behind an open transaction would fall back).
 */
const READ_UNCOMMITTED = 0
const OFFSET_OUT_OF_RANGE = 1
/** Answer at once with whatever is there: the records exist (the offset is below the log end). */
const MAX_WAIT_MS = 0
const MIN_BYTES = 1
const INT32_MAX = 2 ** 31 - 1

type RawFetchPartition = { partitionIndex: number; errorCode: number; records: Buffer }
type RawFetchResponse = { responses: { topic: string; partitions: RawFetchPartition[] }[] }

/**
 * Fetch v12 (topic names; Kafka 2.7 to 4.x) with the records left as the broker sent them: the
 * library's parser decodes whole batches only and drops a batch cut off by the byte limit, whose
 * header (and first records) still date the offset. Request encoding is the library's.
 */
const rawFetchV12 = createAPI<Parameters<typeof fetchV12.createRequest>, RawFetchResponse>(
  1,
  12,
  fetchV12.createRequest,
  (_id, _key, _version, reader: Reader) => {
    reader.readInt32() // throttle_time_ms
    reader.readInt16() // top-level error_code: per-partition codes below say what each read got
    reader.readInt32() // session_id
    const responses = reader.readArray((r) => ({
      topic: r.readString() ?? '',
      partitions: r.readArray(
        (r): RawFetchPartition => {
          const partitionIndex = r.readInt32()
          const errorCode = r.readInt16()
          r.readInt64() // high_watermark
          r.readInt64() // last_stable_offset
          r.readInt64() // log_start_offset
          r.readNullableArray((r) => [r.readInt64(), r.readInt64()]) // aborted_transactions
          r.readInt32() // preferred_read_replica
          const size = r.readUnsignedVarInt() // COMPACT_RECORDS: length + 1, 0 = null
          const bytes = size > 1 ? size - 1 : 0
          const records = r.buffer.slice(r.position, r.position + bytes)
          r.skip(bytes)
          readKnownTaggedFields(r, {})
          return { partitionIndex, errorCode, records }
        },
        true,
        false,
      ),
    }))
    readKnownTaggedFields(reader, {})
    return { responses }
  },
)

/** The budget of one call: the per-partition limit of the first try, and the bytes all requests may reserve (limit × partitions). */
export type RecordReadLimits = { partitionBytes: number; bytes: number }

/** A retry's per-partition limit grows by this factor, up to MAX_PARTITION_BYTES (above Kafka's default max.message.bytes, ~1 MiB). */
const RETRY_GROWTH = 8
const MAX_PARTITION_BYTES = 2 * 1024 * 1024

type Pending = { read: RecordRead; index: number }

/**
 * Dates records with as few Fetch requests as the rounds allow: one Metadata request for the
 * leaders, then per round one Fetch per leader broker carrying all its reads of that round, at
 * most `partitionBytes` per partition. A round holds each partition at most once (a Fetch names a
 * partition once); rounds run one after the other.
 * A batch larger than the per-partition limit comes back whole only for the first partition of a
 * response with data; for the others the broker answers no records (KIP-74). Those reads are
 * retried, together, with RETRY_GROWTH times the limit, while the reserved bytes stay within
 * `bytes`, biggest lag (first in the rounds) first. A read whose partition has no leader, or whose
 * request failed, is `unreadable`: the caller falls back, the cycle goes on.
 */
export async function fetchRecordTimes(session: KafkaSession, rounds: RecordRead[][], limits: RecordReadLimits): Promise<RecordReadsResult> {
  const total = rounds.reduce((n, r) => n + r.length, 0)
  const outcomes: RecordReadOutcome[] = new Array(total).fill('unreadable')
  const result = { outcomes, requests: 0, bytes: 0 }
  if (total === 0) return result
  const api = await session.pickApi('Fetch', [rawFetchV12])
  const metadata = await session.metadata([...new Set(rounds.flat().map((r) => r.topic))])
  const leaders = new Map<string, number>()
  for (const t of metadata.topics) {
    if (t.errorCode !== 0 || !t.name) continue
    for (const p of t.partitions) if (p.leaderId >= 0 && metadata.brokers.has(p.leaderId)) leaders.set(readKey(t.name, p.partitionIndex), p.leaderId)
  }
  let reserved = 0
  /** One Fetch per leader for `reads` (each partition once) at `partitionMaxBytes`; returns the reads that found no records. */
  const fetchOnce = async (reads: Pending[], partitionMaxBytes: number): Promise<Pending[]> => {
    const byLeader = new Map<number, Pending[]>()
    for (const pending of reads) {
      const leader = leaders.get(readKey(pending.read.topic, pending.read.partition))
      if (leader !== undefined) byLeader.set(leader, [...(byLeader.get(leader) ?? []), pending])
    }
    const empty: Pending[] = []
    await Promise.all(
      [...byLeader].map(async ([leader, ofLeader]) => {
        const byTopic = new Map<
          string,
          { partition: number; currentLeaderEpoch: number; fetchOffset: bigint; lastFetchedEpoch: number; partitionMaxBytes: number }[]
        >()
        for (const { read } of ofLeader) {
          const partitions = byTopic.get(read.topic) ?? []
          partitions.push({ partition: read.partition, currentLeaderEpoch: -1, fetchOffset: BigInt(read.offset), lastFetchedEpoch: -1, partitionMaxBytes })
          byTopic.set(read.topic, partitions)
        }
        const topics = [...byTopic].map(([topicId, partitions]) => ({ topicId, partitions }))
        const maxBytes = Math.min(INT32_MAX, ofLeader.length * partitionMaxBytes)
        reserved += ofLeader.length * partitionMaxBytes
        let response: RawFetchResponse
        try {
          const connection = await session.connectionTo(metadata.brokers.get(leader)!)
          result.requests++
          response = await session.call(api, connection, MAX_WAIT_MS, MIN_BYTES, maxBytes, READ_UNCOMMITTED, 0, -1, topics, [], '')
        } catch {
          return // these reads stay unreadable
        }
        const answers = new Map<string, RawFetchPartition>()
        for (const t of response.responses) for (const p of t.partitions) answers.set(readKey(t.topic, p.partitionIndex), p)
        for (const pending of ofLeader) {
          const answer = answers.get(readKey(pending.read.topic, pending.read.partition))
          if (!answer) continue
          result.bytes += answer.records.length
          if (answer.errorCode === OFFSET_OUT_OF_RANGE) outcomes[pending.index] = 'gone'
          else if (answer.errorCode !== 0) continue
          else if (answer.records.length === 0) empty.push(pending)
          else outcomes[pending.index] = firstRecordTime(answer.records, pending.read.offset) ?? 'unreadable'
        }
      }),
    )
    return empty.sort((a, b) => a.index - b.index)
  }

  let index = 0
  for (const round of rounds) {
    let pending = round.map((read) => ({ read, index: index++ }))
    let partitionMaxBytes = limits.partitionBytes
    pending = await fetchOnce(pending, partitionMaxBytes)
    while (pending.length > 0 && partitionMaxBytes < MAX_PARTITION_BYTES) {
      partitionMaxBytes = Math.min(MAX_PARTITION_BYTES, partitionMaxBytes * RETRY_GROWTH)
      const affordable = Math.floor(Math.max(0, limits.bytes - reserved) / partitionMaxBytes)
      if (affordable === 0) break
      pending = await fetchOnce(pending.slice(0, affordable), partitionMaxBytes)
    }
  }
  return result
}

const readKey = (topic: string, partition: number) => `${partition}\u0000${topic}`
