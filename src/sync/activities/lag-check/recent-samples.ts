import type { Payload } from 'payload'

import { DEFAULT_CLEAR_TIME_SAMPLES, type LagSample, toEpochMs } from '@/features/consumer-groups/lib'
import { drizzleOf, sql, tableOf } from '@/sync/db/raw'
import { jobIntervalSeconds } from '@/sync/shared/jobs'

/**
 * How far back the clear-time estimate looks: the polls that fit DEFAULT_CLEAR_TIME_SAMPLES
 * intervals of the lag check, plus one interval of slack for a late poll. The current poll is the
 * newest sample and is not read back.
 */
export function clearTimeLookbackMs(intervalSeconds: number = jobIntervalSeconds('lagCheck')): number {
  return (DEFAULT_CLEAR_TIME_SAMPLES + 1) * intervalSeconds * 1000
}

/**
 * The raw lag samples of every group of a cluster since `since` (epoch ms), by group row id, oldest
 * first: one indexed range read over (resolution, timestamp), three narrow columns.
 */
export async function recentLagSamples(payload: Payload, clusterId: number, since: number): Promise<Map<number, LagSample[]>> {
  const t = tableOf(payload, 'kafka_consumer_group_lag_history')
  const rows = (await drizzleOf(payload)
    .select({ group: t.consumerGroup, timestamp: t.timestamp, totalLag: t.totalLag })
    .from(t)
    .where(sql`${t.resolution} = 'raw' AND ${t.timestamp} >= ${new Date(since).toISOString()} AND ${t.cluster} = ${clusterId}`)) as {
    group: number
    timestamp: string
    totalLag: number | null
  }[]
  const byGroup = new Map<number, LagSample[]>()
  for (const row of rows) {
    const sample = { time: toEpochMs(row.timestamp), totalLag: row.totalLag }
    const samples = byGroup.get(row.group)
    if (samples) samples.push(sample)
    else byGroup.set(row.group, [sample])
  }
  for (const samples of byGroup.values()) samples.sort((a, b) => a.time - b.time)
  return byGroup
}
