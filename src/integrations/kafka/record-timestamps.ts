import { createAPI, fetchV12, type Reader, readKnownTaggedFields } from '@platformatic/kafka'

import { decodeRecordTimes, recordTimeAt, type RecordTime } from '@/integrations/kafka/record-batch'
import type { KafkaSession } from '@/integrations/kafka/session'

/** Records to date in one partition: the first at or after each offset (groups' committed offsets), ascending, distinct. */
export type RecordRead = { topic: string; partition: number; offsets: number[] }

/**
 * What a read found: the record's time; `gone` when the offset is out of the log's range (deleted by
 * retention or deleteRecords); `unreadable` when the answer held no record to date (no timestamp, a
 * batch too big even for the largest retry, a partition error or a failed request); null when the
 * byte budget ran out before it was reached.
 */
export type RecordReadOutcome = RecordTime | 'gone' | 'unreadable' | null

/** Per read, one outcome per offset (same order); the Fetch requests sent and the record bytes received. */
export type RecordReadsResult = { outcomes: RecordReadOutcome[][]; requests: number; bytes: number }

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
 * library's parser decodes every key, value and header of whole batches and drops a batch cut off
 * by the byte limit, whose whole records still date offsets; record-batch.ts reads only the
 * timestamps. Request encoding is the library's.
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

/** The budget of one call: the per-partition limit of a first try, and the bytes all requests together may reserve (limit × partitions). */
export type RecordReadLimits = { partitionBytes: number; bytes: number }

/** A retry's per-partition limit grows by this factor, up to MAX_PARTITION_BYTES (above Kafka's default max.message.bytes, ~1 MiB). */
const RETRY_GROWTH = 8
const MAX_PARTITION_BYTES = 2 * 1024 * 1024

/** One partition's progress: its next offset to date (`next` into offsets), where to fetch from, and at what limit. */
type Progress = { read: RecordRead; outcomes: RecordReadOutcome[]; next: number; from: number; limit: number }

/**
 * Dates records in rounds of one Fetch per leader broker carrying every partition still to date
 * (read_uncommitted, answer at once). One answer of `partitionBytes` holds many consecutive
 * records, so it dates every offset of the partition it reaches (groups at nearby offsets share
 * it); the next round fetches from the first offset not reached yet. A batch larger than the
 * limit comes back whole only for the first partition of a response with data, the others get no
 * records (KIP-74): those partitions are asked again with RETRY_GROWTH times the limit. Each round
 * reserves limit × partitions bytes; once `bytes` is reserved the rest stays null (the caller
 * falls back). Reads come in priority order (biggest lag first) and keep it. One Metadata request
 * finds the leaders; a partition without a leader, or whose request failed, is `unreadable`.
 */
export async function fetchRecordTimes(session: KafkaSession, reads: RecordRead[], limits: RecordReadLimits): Promise<RecordReadsResult> {
  const progress: Progress[] = reads.map((read) => ({
    read,
    outcomes: read.offsets.map(() => null),
    next: 0,
    from: read.offsets[0] ?? 0,
    limit: limits.partitionBytes,
  }))
  const result = { outcomes: progress.map((p) => p.outcomes), requests: 0, bytes: 0 }
  let active = progress.filter((p) => p.read.offsets.length > 0)
  if (active.length === 0) return result
  const api = await session.pickApi('Fetch', [rawFetchV12])
  const metadata = await session.metadata([...new Set(active.map((p) => p.read.topic))])
  const leaders = new Map<string, number>()
  for (const t of metadata.topics) {
    if (t.errorCode !== 0 || !t.name) continue
    for (const p of t.partitions) if (p.leaderId >= 0 && metadata.brokers.has(p.leaderId)) leaders.set(readKey(t.name, p.partitionIndex), p.leaderId)
  }
  const settle = (p: Progress, outcome: RecordReadOutcome) => {
    while (p.next < p.outcomes.length) p.outcomes[p.next++] = outcome
  }
  let reserved = 0
  while (active.length > 0) {
    const round: Progress[] = []
    for (const p of active) {
      if (reserved + p.limit > limits.bytes) continue
      reserved += p.limit
      round.push(p)
    }
    if (round.length === 0) break
    const byLeader = new Map<number, Progress[]>()
    for (const p of round) {
      const leader = leaders.get(readKey(p.read.topic, p.read.partition))
      if (leader === undefined) settle(p, 'unreadable')
      else byLeader.set(leader, [...(byLeader.get(leader) ?? []), p])
    }
    await Promise.all(
      [...byLeader].map(async ([leader, ofLeader]) => {
        const answers = await fetchOnce(session, api, metadata.brokers.get(leader)!, ofLeader)
        result.requests++
        for (const p of ofLeader) {
          const answer = answers?.get(readKey(p.read.topic, p.read.partition))
          if (!answer || (answer.errorCode !== 0 && answer.errorCode !== OFFSET_OUT_OF_RANGE)) {
            settle(p, 'unreadable')
            continue
          }
          result.bytes += answer.records.length
          if (answer.errorCode === OFFSET_OUT_OF_RANGE) {
            p.outcomes[p.next++] = 'gone' // below the log start now (deleted since ListOffsets): the others may still be there
          } else {
            advance(p, answer.records)
          }
          if (p.next < p.outcomes.length) p.from = Math.max(p.from, p.read.offsets[p.next]!)
        }
      }),
    )
    active = active.filter((p) => p.next < p.outcomes.length)
  }
  return result
}

/** Dates the partition's offsets the answer reaches; when it reaches none, fetches further or asks again with a bigger limit. */
function advance(p: Progress, records: Buffer) {
  const { spans, coveredTo } = decodeRecordTimes(records)
  const before = p.next
  while (p.next < p.outcomes.length) {
    const time = recordTimeAt(spans, p.read.offsets[p.next]!)
    if (time === null) break
    p.outcomes[p.next++] = time
  }
  if (p.next > before) return
  if (coveredTo >= p.from) {
    p.from = coveredTo + 1 // only transaction markers there: the next data record is further on
  } else if (p.limit < MAX_PARTITION_BYTES) {
    p.limit = Math.min(MAX_PARTITION_BYTES, p.limit * RETRY_GROWTH)
  } else {
    p.outcomes.fill('unreadable', p.next)
    p.next = p.outcomes.length
  }
}

/** One Fetch of the partitions (each from `from`, at most `limit` bytes) from their leader; null when the request failed. */
async function fetchOnce(session: KafkaSession, api: typeof rawFetchV12, broker: { host: string; port: number }, partitions: Progress[]) {
  const byTopic = new Map<
    string,
    { partition: number; currentLeaderEpoch: number; fetchOffset: bigint; lastFetchedEpoch: number; partitionMaxBytes: number }[]
  >()
  let maxBytes = 0
  for (const p of partitions) {
    const list = byTopic.get(p.read.topic) ?? []
    list.push({ partition: p.read.partition, currentLeaderEpoch: -1, fetchOffset: BigInt(p.from), lastFetchedEpoch: -1, partitionMaxBytes: p.limit })
    byTopic.set(p.read.topic, list)
    maxBytes += p.limit
  }
  const topics = [...byTopic].map(([topicId, list]) => ({ topicId, partitions: list }))
  try {
    const connection = await session.connectionTo(broker)
    const response = await session.call(api, connection, MAX_WAIT_MS, MIN_BYTES, Math.min(INT32_MAX, maxBytes), READ_UNCOMMITTED, 0, -1, topics, [], '')
    const answers = new Map<string, RawFetchPartition>()
    for (const t of response.responses) for (const a of t.partitions) answers.set(readKey(t.topic, a.partitionIndex), a)
    return answers
  } catch {
    return null
  }
}

const readKey = (topic: string, partition: number) => `${partition}\u0000${topic}`
