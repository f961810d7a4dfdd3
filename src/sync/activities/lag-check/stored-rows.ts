import type { Payload } from 'payload'

import { groupMemberSchema, parseStored, parseStoredList, recentLogEndsSchema, timeLagTableSchema } from '@/features/consumer-groups/lib'
import { drizzleOf, sql, tableOf } from '@/sync/db/raw'

import type { StoredGroup, StoredPartition } from '@/sync/activities/lag-check/build-rows'

/**
 * The lag check's reads of one cluster's stored rows, their JSON parsed through the domain's
 * schemas once per row. `unreadable` counts the stored values that did not parse and were skipped
 * (a member, a time table, a list of recent log ends), so a cycle reports them instead of crashing.
 */
export type StoredRows<T> = { rows: T[]; unreadable: number }

type GroupRecord = Omit<StoredGroup, 'members'> & { members: unknown }
type PartitionRecord = { topic: string; partition: number; timeTable: unknown; recentLogEnds: unknown }

/** The cluster's groups that are not archived. */
export async function storedGroups(payload: Payload, clusterId: number): Promise<StoredRows<StoredGroup>> {
  const t = tableOf(payload, 'kafka_consumer_groups')
  const records = (await drizzleOf(payload)
    .select({
      id: t.id,
      groupId: t.groupId,
      status: t.status,
      workspace: t.workspace,
      virtualCluster: t.virtualCluster,
      memberCount: t.memberCount,
      state: t.state,
      members: t.members,
      lagCheckedAt: t.lagCheckedAt,
    })
    .from(t)
    .where(sql`${t.cluster} = ${clusterId} AND ${t.status} <> 'archived'`)) as GroupRecord[]
  let unreadable = 0
  const rows = records.map((record): StoredGroup => {
    const members = parseStoredList(groupMemberSchema, record.members)
    unreadable += members.skipped
    return { ...record, members: members.items }
  })
  return { rows, unreadable }
}

/** The cluster's partition time tables and recent log ends (kafka-partition-offsets). */
export async function storedPartitions(payload: Payload, clusterId: number): Promise<StoredRows<StoredPartition>> {
  const t = tableOf(payload, 'kafka_partition_offsets')
  const records = (await drizzleOf(payload)
    .select({ topic: t.topic, partition: t.partition, timeTable: t.timeTable, recentLogEnds: t.recentLogEnds })
    .from(t)
    .where(sql`${t.cluster} = ${clusterId}`)) as PartitionRecord[]
  let unreadable = 0
  const read = <T>(value: T | null, stored: unknown) => {
    if (value === null && stored !== null && stored !== undefined) unreadable++
    return value
  }
  const rows = records.map((record): StoredPartition => ({
    topic: record.topic,
    partition: record.partition,
    timeTable: read(parseStored(timeLagTableSchema, record.timeTable), record.timeTable),
    recentLogEnds: read(parseStored(recentLogEndsSchema, record.recentLogEnds), record.recentLogEnds),
  }))
  return { rows, unreadable }
}
