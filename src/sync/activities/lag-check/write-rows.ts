import type { Payload } from 'payload'

import type { GroupLagRow, LagHistoryRow, PartitionOffsetsRow } from '@/sync/activities/lag-check/build-rows'
import { chunk } from '@/lib/chunk'
import { bulkUpsert, bulkUpsertAll, quotedColumn, type RawStatement } from '@/sync/db/bulk-upsert'
import { dialectOf } from '@/sync/db/raw'
import { GROUP_LAG_FIELD_NAMES } from '@/collections/fields/groupLag'

/** Lag rows are recomputed from Kafka every cycle: a commit need not wait for the WAL flush. */
const RECOMPUTED = { durable: false }

/** The lag row's fields a cycle rewrites (its group and owner are kept: a move of the group moves them, sync/reown). */
const LAG_FIELDS = GROUP_LAG_FIELD_NAMES

/**
 * One slice of groups: their lag rows (kafka-consumer-group-lag, one per group) and this poll's
 * raw history samples (appended to each group's hour row), in one atomic write; the groups' own rows are not written (only a group without a
 * lag row yet gets its `lag` pointer, once). New rows carry the owner the group had when the cycle
 * read it; if a change of virtual clusters moved the group since (sync/reown), the last statements
 * give them the group's current owner. Race-free: on PostgreSQL the write first locks the group
 * rows FOR SHARE, so a move (which updates them) either committed before (and the last statements
 * see it) or waits for this write (and then moves these rows with the rest); SQLite runs one
 * writer at a time.
 */
export async function writeGroupLag(payload: Payload, groupRows: GroupLagRow[], historyRows: LagHistoryRow[]): Promise<void> {
  const groupIds = [...new Set([...groupRows, ...historyRows].map((row) => row.consumerGroup as number))]
  await bulkUpsertAll(
    payload,
    [
      { spec: { table: 'kafka_consumer_group_lag', conflict: ['consumerGroup'], update: LAG_FIELDS }, rows: groupRows },
      {
        // The poll's sample appended to its hour row in the upsert itself: concurrent writers never lose one.
        // Only the unindexed samples change (updatedAt stays the hour row's first write), so PostgreSQL can update in place (HOT).
        spec: { table: 'kafka_consumer_group_lag_history', conflict: ['consumerGroup', 'resolution', 'timestamp'], update: [], append: ['samples'] },
        rows: historyRows,
      },
    ],
    {
      ...RECOMPUTED,
      before: lockGroups(payload, groupIds),
      after: [...pointGroupsAtLagRows(payload, groupRows), ...lagOwnerFromGroup(payload, groupRows), ...historyOwnerFromGroup(payload, historyRows)],
    },
  )
}

const IDS_PER_STATEMENT = 500
const mark = (sqlite: boolean, i: number) => (sqlite ? '?' : `$${i + 1}`)
const marks = (sqlite: boolean, ids: unknown[], from = 0) => ids.map((_, i) => mark(sqlite, from + i)).join(', ')

/** PostgreSQL: the slice's group rows locked FOR SHARE until the write commits (a move's UPDATE of them waits). */
function lockGroups(payload: Payload, groupIds: number[]): RawStatement[] {
  if (dialectOf(payload) === 'sqlite') return []
  const id = quotedColumn(payload, 'kafka_consumer_groups', 'id')
  return chunk(groupIds, IDS_PER_STATEMENT).map((ids) => ({
    sql: `SELECT 1 FROM "kafka_consumer_groups" WHERE ${id} IN (${marks(false, ids)}) FOR SHARE`,
    args: ids,
  }))
}

/** Groups of the slice without a `lag` pointer yet (their first check) point at their lag row; the others are only read. */
function pointGroupsAtLagRows(payload: Payload, groupRows: GroupLagRow[]): RawStatement[] {
  const sqlite = dialectOf(payload) === 'sqlite'
  const g = (field: string) => `g.${quotedColumn(payload, 'kafka_consumer_groups', field)}`
  const l = (field: string) => `l.${quotedColumn(payload, 'kafka_consumer_group_lag', field)}`
  return chunk(
    groupRows.map((row) => row.consumerGroup as number),
    IDS_PER_STATEMENT,
  ).map((ids) => ({
    sql:
      `UPDATE "kafka_consumer_groups" AS g SET ${quotedColumn(payload, 'kafka_consumer_groups', 'lag')} =` +
      ` (SELECT ${l('id')} FROM "kafka_consumer_group_lag" l WHERE ${l('consumerGroup')} = ${g('id')})` +
      ` WHERE ${g('id')} IN (${marks(sqlite, ids)}) AND ${g('lag')} IS NULL`,
    args: ids,
  }))
}

/** The owner columns of `table`'s rows of the slice set to their group's current owner where they differ. */
function ownerFromGroup(payload: Payload, table: 'kafka_consumer_group_lag' | 'kafka_consumer_group_lag_history', byTime: Map<string | null, number[]>) {
  const sqlite = dialectOf(payload) === 'sqlite'
  const differs = sqlite ? 'IS NOT' : 'IS DISTINCT FROM'
  const h = (field: string) => `h.${quotedColumn(payload, table, field)}`
  const g = (field: string) => `g.${quotedColumn(payload, 'kafka_consumer_groups', field)}`
  const current = (field: 'workspace' | 'virtualCluster') => `(SELECT ${g(field)} FROM "kafka_consumer_groups" g WHERE ${g('id')} = ${h('consumerGroup')})`
  const set = (field: 'workspace' | 'virtualCluster') => `${quotedColumn(payload, table, field)} = ${current(field)}`
  return [...byTime].flatMap(([timestamp, groupIds]) =>
    chunk(groupIds, IDS_PER_STATEMENT).map((ids): RawStatement => {
      const atTime = timestamp === null ? '' : ` AND ${h('timestamp')} = ${mark(sqlite, ids.length)}`
      return {
        sql:
          `UPDATE "${table}" AS h SET ${set('workspace')}, ${set('virtualCluster')}` +
          ` WHERE ${h('consumerGroup')} IN (${marks(sqlite, ids)})${atTime}` +
          ` AND (${h('workspace')} ${differs} ${current('workspace')} OR ${h('virtualCluster')} ${differs} ${current('virtualCluster')})`,
        args: timestamp === null ? ids : [...ids, timestamp],
      }
    }),
  )
}

/** UPDATE the lag rows of the slice whose owner differs from their group's current one (found by the unique group index). */
function lagOwnerFromGroup(payload: Payload, groupRows: GroupLagRow[]): RawStatement[] {
  return ownerFromGroup(payload, 'kafka_consumer_group_lag', new Map([[null, groupRows.map((row) => row.consumerGroup as number)]]))
}

/**
 * UPDATE the just-written history rows whose owner differs from their group's current one: one
 * statement per hour row time and 500 groups (the rows are found by the (group, resolution, time) index).
 */
function historyOwnerFromGroup(payload: Payload, historyRows: LagHistoryRow[]): RawStatement[] {
  const byTime = new Map<string, number[]>()
  for (const row of historyRows) {
    const at = String(row.timestamp)
    const ids = byTime.get(at) ?? []
    ids.push(row.consumerGroup as number)
    byTime.set(at, ids)
  }
  return ownerFromGroup(payload, 'kafka_consumer_group_lag_history', byTime)
}

/** Every polled partition's time table and recent log ends. */
export async function writePartitionOffsets(payload: Payload, rows: PartitionOffsetsRow[]): Promise<void> {
  await bulkUpsert(
    payload,
    { table: 'kafka_partition_offsets', conflict: ['cluster', 'topic', 'partition'], update: ['timeTable', 'recentLogEnds', 'updatedAt'] },
    rows,
    RECOMPUTED,
  )
}
