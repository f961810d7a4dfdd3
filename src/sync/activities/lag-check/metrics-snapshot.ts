import type { Payload } from 'payload'

import type { PartitionDetail } from '@/features/consumer-groups/lib'

import { SNAPSHOT_COMPLETE, type SnapshotGroup, snapshotRenderer } from '@/features/metrics/snapshot'
import { chunk } from '@/lib/chunk'
import type { GroupLagRow, StoredGroup } from '@/sync/activities/lag-check/build-rows'
import { atomically, drizzleOf, nowIso, type RawDb, sql, type Statement, tableOf } from '@/sync/db/raw'

/** Snapshot rows per INSERT (8 columns each: far below PostgreSQL's 65,535 parameters). */
const ROWS_PER_INSERT = 500

/** A group of the cycle as the snapshot takes it (the writer adds the cluster's name). */
export type CycleGroup = Omit<SnapshotGroup, 'clusterName'>

/**
 * The lag check's metrics snapshot of one cluster for one cycle (features/metrics/snapshot.ts):
 * `add` renders a slice of groups and inserts its chunks; `complete` marks the cycle as served
 * and deletes what no scrape reads any more. Every cycle older than the previous complete one
 * goes (a scrape that began on it may still be reading: it finishes on rows that stay), and so do
 * the rows of cycles that failed part-way. A cycle that fails before `complete` leaves the last
 * complete snapshot served.
 */
export async function metricsSnapshotWriter(payload: Payload, { clusterId, cycle }: { clusterId: number; cycle: number }) {
  const clusters = tableOf(payload, 'kafka_clusters')
  const table = tableOf(payload, 'kafka_metrics_snapshots')
  const [cluster] = await drizzleOf(payload)
    .select({ name: clusters.name })
    .from(clusters)
    .where(sql`${clusters.id} = ${clusterId}`)
  const clusterName = cluster?.name ?? String(clusterId)
  const renderer = snapshotRenderer()
  let part = 0
  const row = (values: { workspace: number | null; family: string; lines: string | null }) => {
    const at = nowIso()
    return { cluster: clusterId, cycle, part, ...values, updatedAt: at, createdAt: at }
  }
  return {
    async add(groups: readonly CycleGroup[]): Promise<void> {
      const rows = renderer.render(groups.map((g) => ({ ...g, clusterName }))).map(row)
      part++
      await atomically(
        payload,
        chunk(rows, ROWS_PER_INSERT).map((slice) => (db: RawDb) => db.insert(table).values(slice)),
      )
    },
    async complete(): Promise<void> {
      const isMarker = sql`${table.family} = ${SNAPSHOT_COMPLETE} AND ${table.cluster} = ${clusterId}`
      const [previous] = await drizzleOf(payload)
        .select({ cycle: sql<number | null>`max(${table.cycle})`.mapWith(Number) })
        .from(table)
        .where(sql`${isMarker} AND ${table.cycle} < ${cycle}`)
      const statements: ((db: RawDb) => Statement)[] = [(db) => db.insert(table).values(row({ workspace: null, family: SNAPSHOT_COMPLETE, lines: null }))]
      const keepFrom = previous?.cycle
      if (keepFrom !== null && keepFrom !== undefined && Number.isFinite(keepFrom)) {
        statements.push((db) => db.delete(table).where(sql`${table.cluster} = ${clusterId} AND ${table.cycle} < ${keepFrom}`))
      }
      await atomically(payload, statements)
    },
  }
}

/** A group of the cycle from its stored row and the lag row just built for it. */
export function cycleGroup(group: StoredGroup, row: GroupLagRow): CycleGroup {
  return {
    groupId: group.groupId,
    workspace: group.workspace,
    protocolType: group.protocolType,
    memberCount: group.memberCount,
    totalLag: numberOrNull(row.totalLag),
    maxPartitionLag: numberOrNull(row.maxPartitionLag),
    lagSeconds: numberOrNull(row.lagSeconds),
    lagStatus: stringOrNull(row.lagStatus),
    lagRule: stringOrNull(row.lagRule),
    // The evaluation's own partitions (buildGroupLagRows sets them; the row type is the column's JSON):
    // parsing them again through the stored shape's schema was a third of the snapshot's allocations.
    partitions: row.partitionDetail as readonly PartitionDetail[],
  }
}

const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null)
const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null)
