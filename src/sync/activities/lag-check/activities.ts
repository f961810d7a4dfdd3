import type { Payload } from 'payload'

import { addPoint, appendRecentLogEnd, createTimeLagTable, estimateTimeToClear, type TimeLagTable } from '@/features/consumer-groups/lib'
import { bulkUpsert, drizzleOf, sql, tableOf } from '@/sync/db/raw'

import type { KafkaClientFactory } from '../group-sync/activities'

import { evaluateGroupLag, type Member, type PartitionDetail, partitionKey, type PartitionState } from './evaluate'
import { clearTimeLookbackMs, recentLagSamples } from './recent-samples'

type StoredGroup = { id: number; groupId: string; status: string; workspace: number | null; virtualCluster: number | null; memberCount: number | null; state: string | null; members: unknown; partitionDetail: unknown }
type StoredPartition = { topic: string; partition: number | string; timeTable: TimeLagTable | null; recentLogEnds: number[] | null }

const LAG_FIELDS = ['totalLag', 'maxPartitionLag', 'lagSeconds', 'lagStatus', 'partitionDetail', 'timeToClearSeconds', 'lagCheckedAt', 'updatedAt']

export function createLagCheckActivities(payload: Payload, kafkaClient: KafkaClientFactory) {
  return {
    /**
     * ConsumerLagCheck for one cluster in one batched pass: committed offsets of every
     * non-archived group (many groups per request), log start/end of every partition they read
     * (one request per leader and kind), then groups updated and one history row per group
     * appended, in bulk. Time tables and recent log ends persist per partition. The time to clear
     * comes from the group's recent raw history plus this poll.
     * Counts: groups, partitions, Kafka requests of this cycle, and the phases' milliseconds
     * (fetch = database reads and Kafka requests, compute = pure evaluation, store = bulk writes).
     */
    async checkConsumerLag({ clusterId }: { clusterId: number }): Promise<Record<string, number>> {
      const started = performance.now()
      const client = await kafkaClient(clusterId)
      const requestsBefore = client.requestCount
      const groups = await storedGroups(payload, clusterId)
      if (groups.length === 0) return { groups: 0 }
      const committed = await client.fetchCommittedOffsets(groups.map((g) => g.groupId))
      const membersOf = (g: StoredGroup) => (Array.isArray(g.members) ? (g.members as Member[]) : [])
      const topics = new Set<string>()
      for (const g of groups) {
        for (const c of committed.get(g.groupId) ?? []) topics.add(c.topic)
        for (const m of membersOf(g)) for (const a of m.assignments) topics.add(a.topic)
      }
      const offsets = await client.fetchPartitionOffsets([...topics])
      const now = Date.now()
      const [storedRows, recent] = await Promise.all([storedPartitions(payload, clusterId), recentLagSamples(payload, clusterId, now - clearTimeLookbackMs())])
      const fetched = performance.now()
      const stored = new Map(storedRows.map((p) => [partitionKey(p.topic, Number(p.partition)), p]))
      const partitions = new Map<string, PartitionState>()
      for (const o of offsets) {
        const key = partitionKey(o.topic, o.partition)
        const before = stored.get(key)
        partitions.set(key, {
          timeTable: addPoint(before?.timeTable ?? createTimeLagTable(), { offset: o.logEndOffset, time: now }),
          recentLogEnds: appendRecentLogEnd(before?.recentLogEnds ?? [], o.logEndOffset),
          logStartOffset: o.logStartOffset,
          logEndOffset: o.logEndOffset,
        })
      }

      const at = new Date(now).toISOString()
      const groupRows: Record<string, unknown>[] = []
      const historyRows: Record<string, unknown>[] = []
      for (const g of groups) {
        const lag = evaluateGroupLag({
          committed: committed.get(g.groupId) ?? [],
          members: membersOf(g),
          partitions,
          previous: Array.isArray(g.partitionDetail) ? (g.partitionDetail as PartitionDetail[]) : [],
          now,
        })
        // A group without any commit has no lag to clear; otherwise this poll is the newest sample.
        const timeToClearSeconds = lag.totalLag === null ? null : estimateTimeToClear([...(recent.get(g.id) ?? []), { time: now, totalLag: lag.totalLag }])
        groupRows.push({
          groupId: g.groupId,
          cluster: clusterId,
          status: g.status,
          totalLag: lag.totalLag,
          maxPartitionLag: lag.maxPartitionLag,
          lagSeconds: lag.lagSeconds,
          lagStatus: lag.lagStatus,
          partitionDetail: lag.partitions,
          timeToClearSeconds,
          lagCheckedAt: at,
          updatedAt: at,
          createdAt: at,
        })
        historyRows.push({
          consumerGroup: g.id,
          cluster: clusterId,
          workspace: g.workspace,
          virtualCluster: g.virtualCluster,
          timestamp: at,
          resolution: 'raw',
          sampleCount: 1,
          totalLag: lag.totalLag ?? 0,
          maxPartitionLag: lag.maxPartitionLag,
          lagSeconds: lag.lagSeconds,
          partitionLag: Object.fromEntries(lag.partitions.map((p) => [`${p.topic}-${p.partition}`, p.lag])),
          memberCount: g.memberCount,
          state: g.state,
          updatedAt: at,
          createdAt: at,
        })
      }
      const computed = performance.now()
      await bulkUpsert(payload, { table: 'kafka_consumer_groups', conflict: ['cluster', 'groupId'], update: LAG_FIELDS }, groupRows)
      await bulkUpsert(payload, { table: 'kafka_consumer_group_lag_history', conflict: ['consumerGroup', 'resolution', 'timestamp'], update: ['totalLag', 'updatedAt'] }, historyRows)
      await bulkUpsert(
        payload,
        { table: 'kafka_partition_offsets', conflict: ['cluster', 'topic', 'partition'], update: ['timeTable', 'recentLogEnds', 'updatedAt'] },
        [...partitions].map(([key, p]) => {
          const [topic, partition] = key.split('\u0000') as [string, string]
          return { cluster: clusterId, topic, partition: Number(partition), timeTable: p.timeTable, recentLogEnds: p.recentLogEnds, updatedAt: at, createdAt: at }
        }),
      )
      const done = performance.now()
      return {
        groups: groups.length,
        partitions: partitions.size,
        requests: client.requestCount - requestsBefore,
        fetchMs: Math.round(fetched - started),
        computeMs: Math.round(computed - fetched),
        storeMs: Math.round(done - computed),
      }
    },
  }
}

async function storedGroups(payload: Payload, clusterId: number): Promise<StoredGroup[]> {
  const t = tableOf(payload, 'kafka_consumer_groups')
  return (await drizzleOf(payload)
    .select({ id: t.id, groupId: t.groupId, status: t.status, workspace: t.workspace, virtualCluster: t.virtualCluster, memberCount: t.memberCount, state: t.state, members: t.members, partitionDetail: t.partitionDetail })
    .from(t)
    .where(sql`${t.cluster} = ${clusterId} AND ${t.status} <> 'archived'`)) as StoredGroup[]
}

async function storedPartitions(payload: Payload, clusterId: number): Promise<StoredPartition[]> {
  const t = tableOf(payload, 'kafka_partition_offsets')
  return (await drizzleOf(payload)
    .select({ topic: t.topic, partition: t.partition, timeTable: t.timeTable, recentLogEnds: t.recentLogEnds })
    .from(t)
    .where(sql`${t.cluster} = ${clusterId}`)) as StoredPartition[]
}
