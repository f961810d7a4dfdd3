import type { Payload } from 'payload'

import {
  GROUP_LAG_STATUSES,
  groupMemberSchema,
  parseStored,
  parseStoredList,
  recentLogEndsSchema,
  timeLagTableSchema,
  VERDICT_RULES,
  verdictStateSchema,
  type Verdict,
} from '@/features/consumer-groups/lib'
import { drizzleOf, sql, tableOf } from '@/sync/db/raw'

import type { StoredGroup, StoredPartition } from '@/sync/activities/lag-check/build-rows'

/**
 * The lag check's reads of one cluster's stored rows, their JSON parsed through the domain's
 * schemas once per row. `unreadable` counts the stored values that did not parse and were skipped
 * (a member, a time table, a list of recent log ends), so a cycle reports them instead of crashing.
 */
export type StoredRows<T> = { rows: T[]; unreadable: number }

type GroupRecord = Omit<StoredGroup, 'members' | 'verdict' | 'verdictState'> & {
  members: unknown
  lagStatus: string | null
  lagRule: string | null
  lagReason: string | null
  verdictState: unknown
}

const isOneOf = <T extends string>(options: readonly T[], value: string | null): value is T => value !== null && (options as readonly string[]).includes(value)

/** The group's current verdict as stored (lagStatus, lagRule, lagReason); null before the first verdict. */
function storedVerdict(record: GroupRecord): Verdict | null {
  const { lagStatus: status, lagRule: rule } = record
  return isOneOf(GROUP_LAG_STATUSES, status) && isOneOf(VERDICT_RULES, rule) ? { status, rule, reason: record.lagReason ?? '' } : null
}
type PartitionRecord = { topic: string; partition: number; timeTable: unknown; recentLogEnds: unknown }

/** The cluster's groups that are not archived, with what their lag row holds (nothing before their first check). */
export async function storedGroups(payload: Payload, clusterId: number): Promise<StoredRows<StoredGroup>> {
  const t = tableOf(payload, 'kafka_consumer_groups')
  const lag = tableOf(payload, 'kafka_consumer_group_lag')
  const records = (await drizzleOf(payload)
    .select({
      id: t.id,
      groupId: t.groupId,
      groupType: t.groupType,
      protocolType: t.protocolType,
      status: t.status,
      workspace: t.workspace,
      virtualCluster: t.virtualCluster,
      memberCount: t.memberCount,
      state: t.state,
      members: t.members,
      lagCheckedAt: lag.lagCheckedAt,
      lagStatus: lag.lagStatus,
      lagRule: lag.lagRule,
      lagReason: lag.lagReason,
      verdictState: lag.verdictState,
    })
    .from(t)
    .leftJoin(lag, sql`${lag.consumerGroup} = ${t.id}`)
    .where(sql`${t.cluster} = ${clusterId} AND ${t.status} <> 'archived'`)) as GroupRecord[]
  let unreadable = 0
  const rows = records.map(({ lagStatus, lagRule, lagReason, verdictState, ...record }): StoredGroup => {
    const members = parseStoredList(groupMemberSchema, record.members)
    unreadable += members.skipped
    const state = parseStored(verdictStateSchema, verdictState)
    if (state === null && verdictState !== null && verdictState !== undefined) unreadable++
    return { ...record, members: members.items, verdict: storedVerdict({ ...record, lagStatus, lagRule, lagReason, verdictState }), verdictState: state }
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
