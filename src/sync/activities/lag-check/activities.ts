import type { Payload } from 'payload'

import { addPoint, appendRecentLogEnd, type BurrowConfig, createTimeLagTable, estimateTimeToClear, nextLagTrend, type TimeLagTable, toEpochMs } from '@/features/consumer-groups/lib'
import { bulkUpsert, bulkUpsertAll } from '@/sync/db/bulk-upsert'
import { drizzleOf, sql, tableOf } from '@/sync/db/raw'

import type { KafkaClientFactory } from '../consumer-group-sync/activities'

import { evaluateGroupLag, type Member, partitionKey, type PartitionState } from './evaluate'
import { clearTimeLookbackMs, loadLagState, stateLookbackMs } from './stored-lag-state'
import { LagMemory } from './lag-memory'

type StoredGroup = {
  id: number
  groupId: string
  status: string
  workspace: number | null
  virtualCluster: number | null
  memberCount: number | null
  state: string | null
  members: unknown
  lagCheckedAt: string | null
}
type StoredPartition = { topic: string; partition: number | string; timeTable: TimeLagTable | null; recentLogEnds: number[] | null }

/** Groups evaluated and written per atomic write (its group rows and history rows). */
const GROUPS_PER_WRITE = 1_000

/** Lag rows are recomputed from Kafka every cycle: a commit need not wait for the WAL flush. */
const RECOMPUTED = { durable: false }

const LAG_FIELDS = ['totalLag', 'maxPartitionLag', 'lagSeconds', 'lagStatus', 'lagTrend', 'partitionDetail', 'timeToClearSeconds', 'lagCheckedAt', 'updatedAt']

/** `burrow`: the evaluator's settings; `intervalSeconds`: the lag check's, which sets how far back the state is read. */
export type LagCheckSettings = { burrow: BurrowConfig; intervalSeconds: number }

export function createLagCheckActivities(payload: Payload, kafkaClient: KafkaClientFactory, { burrow, intervalSeconds }: LagCheckSettings) {
  // What this worker stored in its last cycle, per cluster: reused while nobody else wrote since.
  const memory = new LagMemory()
  return {
    /**
     * The lag check of one cluster in one batched pass: committed offsets of every
     * non-archived group (many groups per request), log start/end of every partition they read
     * (one request per leader and kind), then groups updated and one history row per group
     * appended, in bulk. Time tables and recent log ends persist per partition. The time to clear
     * comes from the group's recent raw history plus this poll, the lag trend (rising, falling,
     * flat) from the last hour's, so lists read no history. The previous poll's per-partition
     * state (Burrow windows) and recent samples are read from the database only for groups this
     * worker did not write last (after a restart, or when another worker ran the check).
     * Counts: groups, partitions, Kafka requests of this cycle, groups whose state was reloaded,
     * and the phases' milliseconds (fetch = database reads and Kafka requests, compute = pure
     * evaluation and row building, store = bulk writes).
     */
    async lagCheck({ clusterId }: { clusterId: number }): Promise<Record<string, number>> {
      const started = performance.now()
      const client = await kafkaClient(clusterId)
      const requestsBefore = client.requestCount
      const groups = await storedGroups(payload, clusterId)
      if (groups.length === 0) return { groups: 0 }
      const lookbackMs = clearTimeLookbackMs(intervalSeconds)
      const remembered = memory.forCluster(clusterId)
      const toLoad = groups.filter((g) => g.lagCheckedAt !== null && !remembered.isCurrent(g.id, toEpochMs(g.lagCheckedAt))).map((g) => g.id)
      const [committed, loaded] = await Promise.all([
        client.fetchCommittedOffsets(groups.map((g) => g.groupId)),
        loadLagState(payload, clusterId, toLoad, Date.now() - stateLookbackMs(intervalSeconds)),
      ])
      const membersOf = (g: StoredGroup) => (Array.isArray(g.members) ? (g.members as Member[]) : [])
      const topics = new Set<string>()
      for (const g of groups) {
        for (const c of committed.get(g.groupId) ?? []) topics.add(c.topic)
        for (const m of membersOf(g)) for (const a of m.assignments) topics.add(a.topic)
      }
      const [offsets, storedRows] = await Promise.all([client.fetchPartitionOffsets([...topics]), storedPartitions(payload, clusterId)])
      const now = Date.now()
      const fetched = performance.now()

      const stored = new Map(storedRows.map((p) => [partitionKey(p.topic, Number(p.partition)), p]))
      const partitions = new Map<string, PartitionState>()
      const partitionRows: Record<string, unknown>[] = []
      const at = new Date(now).toISOString()
      for (const o of offsets) {
        const key = partitionKey(o.topic, o.partition)
        const before = stored.get(key)
        const state = {
          timeTable: addPoint(before?.timeTable ?? createTimeLagTable(), { offset: o.logEndOffset, time: now }),
          recentLogEnds: appendRecentLogEnd(before?.recentLogEnds ?? [], o.logEndOffset, burrow.windowSize),
          logStartOffset: o.logStartOffset,
          logEndOffset: o.logEndOffset,
        }
        partitions.set(key, state)
        partitionRows.push({ cluster: clusterId, topic: o.topic, partition: o.partition, timeTable: state.timeTable, recentLogEnds: state.recentLogEnds, updatedAt: at, createdAt: at })
      }

      const next = remembered.next(now, lookbackMs)
      let computeMs = performance.now() - fetched
      let storeMs = 0
      // Evaluated and written GROUPS_PER_WRITE groups at a time, each slice's group rows and history
      // rows in one atomic unit: the rows of one slice are garbage before the next is built, which
      // keeps the cycle's memory flat. A failure part-way leaves earlier slices written; the next
      // cycle recomputes everything, and the memory is only committed once all is stored.
      for (let from = 0; from < groups.length; from += GROUPS_PER_WRITE) {
        const evaluating = performance.now()
        const slice = groups.slice(from, from + GROUPS_PER_WRITE)
        const groupRows: Record<string, unknown>[] = new Array(slice.length)
        const historyRows: Record<string, unknown>[] = new Array(slice.length)
        for (let i = 0; i < slice.length; i++) {
          const g = slice[i]!
          const before = remembered.get(g.id) ?? loaded.get(g.id)
          const lag = evaluateGroupLag({ committed: committed.get(g.groupId) ?? [], members: membersOf(g), partitions, previous: before?.windows ?? [], now, burrow })
          const sample = { time: now, totalLag: lag.totalLag ?? 0 } // the history row's value
          // A group without any commit has no lag to clear; otherwise this poll is the newest sample.
          const timeToClearSeconds = lag.totalLag === null ? null : estimateTimeToClear([...(before?.samples ?? []), sample])
          const trend = nextLagTrend(before?.trendPoints ?? [], sample)
          next.set(g.id, lag.windows, before?.samples ?? [], sample, trend.points)
          groupRows[i] = {
            groupId: g.groupId,
            cluster: clusterId,
            status: g.status,
            totalLag: lag.totalLag,
            maxPartitionLag: lag.maxPartitionLag,
            lagSeconds: lag.lagSeconds,
            lagStatus: lag.lagStatus,
            lagTrend: trend.trend,
            partitionDetail: lag.partitions,
            timeToClearSeconds,
            lagCheckedAt: at,
            updatedAt: at,
            createdAt: at,
          }
          const partitionLag: Record<string, number | null> = {}
          for (const p of lag.partitions) partitionLag[`${p.topic}-${p.partition}`] = p.lag
          historyRows[i] = {
            consumerGroup: g.id,
            cluster: clusterId,
            workspace: g.workspace,
            virtualCluster: g.virtualCluster,
            timestamp: at,
            resolution: 'raw',
            sampleCount: 1,
            totalLag: sample.totalLag,
            maxPartitionLag: lag.maxPartitionLag,
            lagSeconds: lag.lagSeconds,
            partitionLag,
            memberCount: g.memberCount,
            state: g.state,
            updatedAt: at,
            createdAt: at,
          }
        }
        const writing = performance.now()
        computeMs += writing - evaluating
        await bulkUpsertAll(
          payload,
          [
            { spec: { table: 'kafka_consumer_groups', conflict: ['cluster', 'groupId'], update: LAG_FIELDS }, rows: groupRows },
            { spec: { table: 'kafka_consumer_group_lag_history', conflict: ['consumerGroup', 'resolution', 'timestamp'], update: ['totalLag', 'updatedAt'] }, rows: historyRows },
          ],
          RECOMPUTED,
        )
        storeMs += performance.now() - writing
      }
      const writing = performance.now()
      await bulkUpsert(payload, { table: 'kafka_partition_offsets', conflict: ['cluster', 'topic', 'partition'], update: ['timeTable', 'recentLogEnds', 'updatedAt'] }, partitionRows, RECOMPUTED)
      storeMs += performance.now() - writing
      memory.commit(clusterId, next) // only once everything is stored
      return {
        groups: groups.length,
        partitions: partitions.size,
        requests: client.requestCount - requestsBefore,
        stateReloaded: toLoad.length,
        fetchMs: Math.round(fetched - started),
        computeMs: Math.round(computeMs),
        storeMs: Math.round(storeMs),
      }
    },
  }
}

async function storedGroups(payload: Payload, clusterId: number): Promise<StoredGroup[]> {
  const t = tableOf(payload, 'kafka_consumer_groups')
  return drizzleOf(payload)
    .select({ id: t.id, groupId: t.groupId, status: t.status, workspace: t.workspace, virtualCluster: t.virtualCluster, memberCount: t.memberCount, state: t.state, members: t.members, lagCheckedAt: t.lagCheckedAt })
    .from(t)
    .where(sql`${t.cluster} = ${clusterId} AND ${t.status} <> 'archived'`)
}

async function storedPartitions(payload: Payload, clusterId: number): Promise<StoredPartition[]> {
  const t = tableOf(payload, 'kafka_partition_offsets')
  return drizzleOf(payload)
    .select({ topic: t.topic, partition: t.partition, timeTable: t.timeTable, recentLogEnds: t.recentLogEnds })
    .from(t)
    .where(sql`${t.cluster} = ${clusterId}`)
}
