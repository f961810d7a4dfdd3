import type { Payload } from 'payload'

import {
  bucketStart,
  downsample,
  retentionPlan,
  toEpochMs,
  type HistoryBucket,
  type LagHistoryPoint,
  type RetentionConfig,
  samplePoint,
  unpackSamples,
} from '@/features/consumer-groups/lib'
import { chunk } from '@/lib/chunk'
import { bulkUpsert } from '@/sync/db/bulk-upsert'
import { affectedRows, drizzleOf, nowIso, refreshPlannerStatistics, sql, tableOf } from '@/sync/db/raw'
import type { TableName } from '@/sync/db/tables'

import { deleteEventsBefore } from '@/sync/activities/group-events/write-events'
import { rollupWindows } from '@/sync/activities/retention/windows'

const HISTORY = 'kafka_consumer_group_lag_history' satisfies TableName
const DELIVERIES = 'alert_deliveries' satisfies TableName
/** Groups per read; with the window step this bounds the rows held in memory (250 × 360 raw rows). */
const GROUPS_PER_READ = 250
const STEP_MS: Record<HistoryBucket, number> = { hour: 6 * 3_600_000, day: 7 * 86_400_000 }
const SOURCE: Record<HistoryBucket, 'raw' | 'hour'> = { hour: 'raw', day: 'hour' }

/** A history row as retention reads it: a lag-history point (the same names) with its owner and state. */
type StoredRow = LagHistoryPoint & {
  consumerGroup: number
  workspace: number | null
  virtualCluster: number | null
  memberCount: number | null
  state: string | null
}

/**
 * The lag-history retention job for one cluster: roll complete raw hours up into hourly rows and
 * complete hourly days into daily rows (sample-weighted average plus min/max), then delete raw rows
 * past the raw tier, hourly rows past the hourly tier and everything past the retention. Rollups
 * upsert on (group, resolution, bucket), so a rerun rewrites the same rows; each run starts at the
 * newest bucket already rolled up, so it reads only what is new. Deletes run only after every
 * rollup succeeded: a failed run deletes nothing. `config`: the tiers in days (retentionPlan keeps
 * them nested). Alert deliveries (no cluster: every run prunes them all) are kept
 * `deliveryRetentionDays`, unless still due to be sent.
 */
export function createRetentionActivities(payload: Payload, config: RetentionConfig, deliveryRetentionDays: number) {
  return {
    async retention({ clusterId, now = Date.now() }: { clusterId: number; now?: number }): Promise<Record<string, number>> {
      const plan = retentionPlan(now, config)
      const hourlyRows = await rollUp(payload, clusterId, 'hour', plan.hourlyRollupBefore)
      const dailyRows = await rollUp(payload, clusterId, 'day', plan.dailyRollupBefore)
      const deletedRaw = await deleteBefore(payload, clusterId, plan.deleteRawBefore, 'raw')
      const deletedHourly = await deleteBefore(payload, clusterId, plan.deleteHourBefore, 'hour')
      const deletedExpired = await deleteBefore(payload, clusterId, plan.deleteBefore)
      // The group timeline is kept as long as the hourly tier: the longest chart range shows its markers.
      const deletedEvents = await deleteEventsBefore(payload, clusterId, plan.deleteHourBefore)
      const deletedDeliveries = await deleteDeliveriesBefore(payload, new Date(now - deliveryRetentionDays * 86_400_000).toISOString())
      await refreshPlannerStatistics(payload)
      return { hourlyRows, dailyRows, deletedRaw, deletedHourly, deletedExpired, deletedEvents, deletedDeliveries }
    },
  }
}

async function rollUp(payload: Payload, clusterId: number, bucket: HistoryBucket, before: string): Promise<number> {
  const from = await rollupStart(payload, clusterId, bucket)
  if (from === null) return 0
  const groups = await groupsWithHistory(payload, clusterId, SOURCE[bucket], from, before)
  let written = 0
  for (const window of rollupWindows(from, toEpochMs(before), STEP_MS[bucket])) {
    for (const ids of chunk(groups, GROUPS_PER_READ)) {
      const rows = await readRows(payload, clusterId, SOURCE[bucket], ids, window)
      written += (await writeRollups(payload, clusterId, bucket, rows)).length
    }
  }
  return written
}

/**
 * Where rolling up resumes: the newest bucket already written (rolled up again, in case a late
 * sample landed in it), else the oldest source row.
 */
async function rollupStart(payload: Payload, clusterId: number, bucket: HistoryBucket): Promise<number | null> {
  const t = tableOf(payload, HISTORY)
  const [newest] = await drizzleOf(payload)
    .select({ at: sql<string | null>`max(${t.timestamp})` })
    .from(t)
    .where(sql`${t.cluster} = ${clusterId} AND ${t.resolution} = ${bucket}`)
  if (newest?.at) return toEpochMs(newest.at)
  const [oldest] = await drizzleOf(payload)
    .select({ at: sql<string | null>`min(${t.timestamp})` })
    .from(t)
    .where(sql`${t.cluster} = ${clusterId} AND ${t.resolution} = ${SOURCE[bucket]}`)
  return oldest?.at ? bucketStart(toEpochMs(oldest.at), bucket) : null
}

async function groupsWithHistory(payload: Payload, clusterId: number, resolution: string, from: number, before: string): Promise<number[]> {
  const t = tableOf(payload, HISTORY)
  const rows = await drizzleOf(payload)
    .selectDistinct({ id: t.consumerGroup })
    .from(t)
    .where(
      sql`${t.cluster} = ${clusterId} AND ${t.resolution} = ${resolution} AND ${t.timestamp} >= ${new Date(from).toISOString()} AND ${t.timestamp} < ${before}`,
    )
  return rows.map((r) => r.id)
}

/** A tier's rows of the groups in the window, oldest first: a raw hour row as its unpacked polls (owned like the row). */
async function readRows(
  payload: Payload,
  clusterId: number,
  resolution: 'raw' | 'hour',
  groupIds: number[],
  window: { from: string; before: string },
): Promise<StoredRow[]> {
  const t = tableOf(payload, HISTORY)
  const rows = await drizzleOf(payload)
    .select({
      consumerGroup: t.consumerGroup,
      workspace: t.workspace,
      virtualCluster: t.virtualCluster,
      timestamp: t.timestamp,
      totalLag: t.totalLag,
      totalLagMin: t.totalLagMin,
      totalLagMax: t.totalLagMax,
      maxPartitionLag: t.maxPartitionLag,
      lagSeconds: t.lagSeconds,
      lagSecondsMax: t.lagSecondsMax,
      sampleCount: t.sampleCount,
      memberCount: t.memberCount,
      state: t.state,
      samples: t.samples,
    })
    .from(t)
    .where(
      sql`${t.cluster} = ${clusterId} AND ${t.resolution} = ${resolution} AND ${t.consumerGroup} IN ${groupIds} AND ${t.timestamp} >= ${window.from} AND ${t.timestamp} < ${window.before}`,
    )
    .orderBy(t.timestamp)
  if (resolution === 'hour') return rows.map(({ samples: _, ...row }) => row)
  return rows.flatMap((row) =>
    unpackSamples(row.timestamp, row.samples).map((sample) => ({
      ...samplePoint(sample),
      consumerGroup: row.consumerGroup,
      workspace: row.workspace,
      virtualCluster: row.virtualCluster,
      memberCount: sample.memberCount,
      state: sample.state,
    })),
  )
}

async function writeRollups(payload: Payload, clusterId: number, bucket: HistoryBucket, rows: StoredRow[]) {
  const byGroup = new Map<number, StoredRow[]>()
  for (const row of rows) {
    const list = byGroup.get(row.consumerGroup)
    if (list) list.push(row)
    else byGroup.set(row.consumerGroup, [row])
  }
  const at = nowIso()
  const out: Record<string, unknown>[] = []
  for (const [groupId, groupRows] of byGroup) {
    // Ownership and the last known state of a bucket come from its newest row.
    const last = groupRows[groupRows.length - 1]!
    for (const point of downsample(groupRows, bucket)) {
      out.push({
        consumerGroup: groupId,
        cluster: clusterId,
        workspace: last.workspace,
        virtualCluster: last.virtualCluster,
        timestamp: point.timestamp,
        resolution: bucket,
        sampleCount: point.sampleCount,
        totalLag: point.totalLag,
        totalLagMin: point.totalLagMin,
        totalLagMax: point.totalLagMax,
        maxPartitionLag: point.maxPartitionLag,
        lagSeconds: point.lagSeconds,
        lagSecondsMax: point.lagSecondsMax,
        memberCount: last.memberCount,
        state: last.state,
        updatedAt: at,
        createdAt: at,
      })
    }
  }
  const update = [
    'sampleCount',
    'totalLag',
    'totalLagMin',
    'totalLagMax',
    'maxPartitionLag',
    'lagSeconds',
    'lagSecondsMax',
    'memberCount',
    'state',
    'updatedAt',
  ]
  await bulkUpsert(payload, { table: HISTORY, conflict: ['consumerGroup', 'resolution', 'timestamp'], update }, out)
  return out
}

async function deleteBefore(payload: Payload, clusterId: number, before: string, resolution?: 'raw' | 'hour'): Promise<number> {
  const t = tableOf(payload, HISTORY)
  const tier = resolution ? sql` AND ${t.resolution} = ${resolution}` : sql``
  const result = await drizzleOf(payload)
    .delete(t)
    .where(sql`${t.cluster} = ${clusterId} AND ${t.timestamp} < ${before}${tier}`)
  return affectedRows(result)
}

/** Deliveries created before `before` that are settled (sent or failed): a pending or retrying one is still to be sent. */
async function deleteDeliveriesBefore(payload: Payload, before: string): Promise<number> {
  const t = tableOf(payload, DELIVERIES)
  return affectedRows(
    await drizzleOf(payload)
      .delete(t)
      .where(sql`${t.createdAt} < ${before} AND ${t.status} IN ('sent', 'failed')`),
  )
}
