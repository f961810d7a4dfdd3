import type { Payload } from 'payload'

import type { GroupLagRow, LagHistoryRow, PartitionOffsetsRow } from '@/sync/activities/lag-check/build-rows'
import { bulkUpsert, bulkUpsertAll } from '@/sync/db/bulk-upsert'

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

/** One slice of groups: their lag fields and their raw history rows, in one atomic write. */
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
    RECOMPUTED,
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
