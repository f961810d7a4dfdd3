import type { Payload } from 'payload'

import type { GroupLagRow, LagHistoryRow, PartitionOffsetsRow } from '@/sync/activities/lag-check/build-rows'
import { chunk } from '@/lib/chunk'
import { bulkUpsert, bulkUpsertAll, quotedColumn, type RawStatement } from '@/sync/db/bulk-upsert'
import { dialectOf } from '@/sync/db/raw'

/** Lag rows are recomputed from Kafka every cycle: a commit need not wait for the WAL flush. */
const RECOMPUTED = { durable: false }

/** The group fields the lag check owns (the group sync owns the rest of the row). */
const LAG_FIELDS = [
  'totalLag',
  'maxPartitionLag',
  'lagSeconds',
  'lagStatus',
  'lagRule',
  'lagReason',
  'verdictState',
  'lagTrend',
  'partitionDetail',
  'timeToClearSeconds',
  'lagCheckedAt',
  'updatedAt',
]

/**
 * One slice of groups: their lag fields and their raw history rows, in one atomic write. The
 * history rows carry the owner the group had when the cycle read it; if a change of virtual
 * clusters moved the group since (sync/reown), the last statement gives them the group's current
 * owner. Race-free: the group upsert locks the group rows, so a move either committed before (and
 * the last statement sees it) or waits for this write (and then moves these rows with the rest).
 */
export async function writeGroupLag(payload: Payload, groupRows: GroupLagRow[], historyRows: LagHistoryRow[]): Promise<void> {
  await bulkUpsertAll(
    payload,
    [
      { spec: { table: 'kafka_consumer_groups', conflict: ['cluster', 'groupId'], update: LAG_FIELDS }, rows: groupRows },
      {
        spec: { table: 'kafka_consumer_group_lag_history', conflict: ['consumerGroup', 'resolution', 'timestamp'], update: ['totalLag', 'updatedAt'] },
        rows: historyRows,
      },
    ],
    { ...RECOMPUTED, after: historyOwnerFromGroup(payload, historyRows) },
  )
}

/**
 * UPDATE the just-written history rows whose owner differs from their group's current one: one
 * statement per poll time and 500 groups (the rows are found by the (group, resolution, time) index).
 */
function historyOwnerFromGroup(payload: Payload, historyRows: LagHistoryRow[]): RawStatement[] {
  const sqlite = dialectOf(payload) === 'sqlite'
  const differs = sqlite ? 'IS NOT' : 'IS DISTINCT FROM'
  const h = (field: string) => `h.${quotedColumn(payload, 'kafka_consumer_group_lag_history', field)}`
  const g = (field: string) => `g.${quotedColumn(payload, 'kafka_consumer_groups', field)}`
  const current = (field: 'workspace' | 'virtualCluster') => `(SELECT ${g(field)} FROM "kafka_consumer_groups" g WHERE ${g('id')} = ${h('consumerGroup')})`
  const set = (field: 'workspace' | 'virtualCluster') => `${quotedColumn(payload, 'kafka_consumer_group_lag_history', field)} = ${current(field)}`
  const byTime = new Map<string, number[]>()
  for (const row of historyRows) {
    const at = String(row.timestamp)
    const ids = byTime.get(at) ?? []
    ids.push(row.consumerGroup as number)
    byTime.set(at, ids)
  }
  return [...byTime].flatMap(([timestamp, groupIds]) =>
    chunk(groupIds, 500).map((ids) => {
      const args = [...ids, timestamp]
      const mark = (i: number) => (sqlite ? '?' : `$${i + 1}`)
      return {
        sql:
          `UPDATE "kafka_consumer_group_lag_history" AS h SET ${set('workspace')}, ${set('virtualCluster')}` +
          ` WHERE ${h('consumerGroup')} IN (${ids.map((_, i) => mark(i)).join(', ')}) AND ${h('timestamp')} = ${mark(ids.length)}` +
          ` AND (${h('workspace')} ${differs} ${current('workspace')} OR ${h('virtualCluster')} ${differs} ${current('virtualCluster')})`,
        args,
      }
    }),
  )
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
