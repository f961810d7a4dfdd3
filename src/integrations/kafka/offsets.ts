import { listOffsetsV4, listOffsetsV5, listOffsetsV6, listOffsetsV7, listOffsetsV8, listOffsetsV9, offsetFetchV8, offsetFetchV9 } from '@platformatic/kafka'

import { KafkaProtocolError, KafkaUnsupportedError } from '@/integrations/kafka/errors'
import { TryAgain, withRetries } from '@/integrations/kafka/retry'
import { isCoordinatorError, type KafkaSession } from '@/integrations/kafka/session'
import { describeShareGroupOffsetsV0, describeShareGroupOffsetsV1 } from '@/integrations/kafka/share-group-offsets'
import type { CommittedOffset, PartitionOffsets } from '@/integrations/kafka/types'

const EARLIEST = -2n
const LATEST = -1n
const READ_UNCOMMITTED = 0 // what ConsumerGroupCommand compares against

type ListOffsetsRequestTopic = listOffsetsV9.ListOffsetsRequestTopic

/**
 * Committed offsets of many groups: OffsetFetch v8+ carries many groups per request, so this sends
 * one request per coordinator per `groupBatchSize` groups (plus FindCoordinator for groups whose
 * coordinator is not cached yet). Partitions never committed are absent (Kafka answers offset -1).
 * A group with no commits (or no longer existing) maps to an empty list.
 */
export async function fetchCommittedOffsets(session: KafkaSession, groupIds: string[]): Promise<Map<string, CommittedOffset[]>> {
  const result = new Map<string, CommittedOffset[]>()
  if (groupIds.length === 0) return result
  const api = await session.pickApi('OffsetFetch', [offsetFetchV9.api, offsetFetchV8.api])
  await session.byCoordinator(groupIds, async (_coordinator, connection, batch) => {
    const groups = batch.map((groupId) => ({ groupId, memberId: null, memberEpoch: -1, topics: null }))
    const response = await session.call(api, connection, groups, false)
    const retry: string[] = []
    for (const g of response.groups) {
      if (isCoordinatorError(g.errorCode)) {
        retry.push(g.groupId)
        continue
      }
      if (g.errorCode !== 0) throw session.protocolError('OffsetFetch', g.errorCode, g.groupId)
      const offsets: CommittedOffset[] = []
      for (const t of g.topics) {
        for (const p of t.partitions) {
          if (p.errorCode !== 0) throw session.protocolError('OffsetFetch', p.errorCode, `${g.groupId} ${t.name}-${p.partitionIndex}`)
          if (p.committedOffset >= 0n) offsets.push({ topic: t.name, partition: p.partitionIndex, offset: Number(p.committedOffset) })
        }
      }
      offsets.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition)
      result.set(g.groupId, offsets)
    }
    return retry
  })
  return result
}

/**
 * Share groups' positions (KIP-932): per partition the share-partition start offset and, from
 * DescribeShareGroupOffsets v1, the broker's lag; one request per coordinator per `groupBatchSize`
 * groups. Partitions the group has no state for yet (start offset -1) are absent. A broker without
 * the API (before Kafka 4.1) answers nothing: every group maps to an empty list.
 */
export async function fetchShareGroupOffsets(session: KafkaSession, groupIds: string[]): Promise<Map<string, CommittedOffset[]>> {
  const result = new Map<string, CommittedOffset[]>()
  if (groupIds.length === 0) return result
  const api = await session.pickApi('DescribeShareGroupOffsets', [describeShareGroupOffsetsV1, describeShareGroupOffsetsV0]).catch((error: unknown) => {
    if (error instanceof KafkaUnsupportedError) return null
    throw error
  })
  if (!api) return new Map(groupIds.map((id) => [id, []]))
  await session.byCoordinator(groupIds, async (_coordinator, connection, batch) => {
    const response = await session.call(
      api,
      connection,
      batch.map((groupId) => ({ groupId, topics: null })),
    )
    const retry: string[] = []
    for (const g of response.groups) {
      if (isCoordinatorError(g.errorCode)) {
        retry.push(g.groupId)
        continue
      }
      if (g.errorCode !== 0) throw session.protocolError('DescribeShareGroupOffsets', g.errorCode, g.groupId, g.errorMessage)
      const offsets: CommittedOffset[] = []
      for (const t of g.topics) {
        for (const p of t.partitions) {
          const subject = `${g.groupId} ${t.topicName}-${p.partitionIndex}`
          if (p.errorCode !== 0) throw session.protocolError('DescribeShareGroupOffsets', p.errorCode, subject, p.errorMessage)
          if (p.startOffset < 0n) continue
          const offset: CommittedOffset = { topic: t.topicName, partition: p.partitionIndex, offset: Number(p.startOffset) }
          if (p.lag !== null && p.lag >= 0n) offset.lag = Number(p.lag)
          offsets.push(offset)
        }
      }
      offsets.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition)
      result.set(g.groupId, offsets)
    }
    return retry
  })
  return result
}

/**
 * Earliest (log-start) and latest (log-end) offsets of every partition of `topics`: one Metadata
 * request to find the leaders, then per leader broker one ListOffsets for EARLIEST and one for
 * LATEST carrying all its partitions. Topics that do not exist and partitions without a leader are
 * left out; a leadership error is retried with fresh metadata (twice), any other partition error
 * from the leader is thrown.
 */
export async function fetchPartitionOffsets(session: KafkaSession, topics: string[]): Promise<PartitionOffsets[]> {
  const once = () =>
    partitionOffsetsOnce(session, topics).catch((error: unknown) => {
      throw error instanceof KafkaProtocolError && LEADER_ERRORS.has(error.errorCode) ? new TryAgain(error) : error
    })
  return withRetries(once, { attempts: LEADER_ATTEMPTS, firstDelayMs: LEADER_RETRY_DELAY_MS })
}

/**
 * Partition errors that mean the metadata was stale or leadership not settled yet (right after a
 * topic is created, or during a leader election): fresh metadata and another try, not a failed cycle.
 * UNKNOWN_TOPIC_OR_PARTITION, LEADER_NOT_AVAILABLE, NOT_LEADER_OR_FOLLOWER, FENCED_LEADER_EPOCH, UNKNOWN_LEADER_EPOCH.
 */
const LEADER_ERRORS = new Set([3, 5, 6, 74, 75])
const LEADER_ATTEMPTS = 3
const LEADER_RETRY_DELAY_MS = 300

async function partitionOffsetsOnce(session: KafkaSession, topics: string[]): Promise<PartitionOffsets[]> {
  const unique = [...new Set(topics)]
  if (unique.length === 0) return []
  const listOffsets = await session.pickApi('ListOffsets', [
    listOffsetsV9.api,
    listOffsetsV8.api,
    listOffsetsV7.api,
    listOffsetsV6.api,
    listOffsetsV5.api,
    listOffsetsV4.api,
  ])
  const metadata = await session.metadata(unique)
  const byLeader = new Map<number, Map<string, number[]>>()
  for (const topic of metadata.topics) {
    if (topic.errorCode !== 0 || !topic.name) continue
    for (const p of topic.partitions) {
      if (p.leaderId < 0 || !metadata.brokers.has(p.leaderId)) continue
      const topicsOfLeader = byLeader.get(p.leaderId) ?? new Map<string, number[]>()
      topicsOfLeader.set(topic.name, [...(topicsOfLeader.get(topic.name) ?? []), p.partitionIndex])
      byLeader.set(p.leaderId, topicsOfLeader)
    }
  }

  const found = new Map<string, PartitionOffsets>()
  const key = (topic: string, partition: number) => `${partition}\u0000${topic}`
  await Promise.all(
    [...byLeader].map(async ([leader, partitionsByTopic]) => {
      const connection = await session.connectionTo(metadata.brokers.get(leader)!)
      const request = (timestamp: bigint): ListOffsetsRequestTopic[] =>
        [...partitionsByTopic].map(([name, partitions]) => ({
          name,
          partitions: partitions.map((partitionIndex) => ({ partitionIndex, currentLeaderEpoch: -1, timestamp })),
        }))
      const [earliest, latest] = await Promise.all([EARLIEST, LATEST].map((ts) => session.call(listOffsets, connection, -1, READ_UNCOMMITTED, request(ts))))
      for (const [kind, response] of [
        ['earliest', earliest!],
        ['latest', latest!],
      ] as const) {
        for (const t of response.topics) {
          for (const p of t.partitions) {
            if (p.errorCode !== 0) throw session.protocolError('ListOffsets', p.errorCode, `${t.name}-${p.partitionIndex}`)
            const entry = found.get(key(t.name, p.partitionIndex)) ?? {
              topic: t.name,
              partition: p.partitionIndex,
              leader,
              logStartOffset: 0,
              logEndOffset: 0,
            }
            if (kind === 'earliest') entry.logStartOffset = Number(p.offset)
            else entry.logEndOffset = Number(p.offset)
            found.set(key(t.name, p.partitionIndex), entry)
          }
        }
      }
    }),
  )
  return [...found.values()].sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition)
}
