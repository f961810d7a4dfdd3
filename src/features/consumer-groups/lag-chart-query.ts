import { capPoints, downsample, MAX_CHART_POINTS, pickResolution, type DownsampledPoint } from '@/features/consumer-groups/lib'
import { asUser } from '@/lib/as-user'
import { getPayloadClient } from '@/lib/payload'
import type { User } from '@/payload-types'

import { getConsumerGroupLagHistory } from '@/features/consumer-groups/queries'
import { HISTORY_RANGE_MS, historyRange } from '@/features/consumer-groups/search-params'

const HOUR_MS = 3_600_000

/**
 * The lag chart's series for a range. Ranges read from the hourly tier (7d, 30d) would miss the
 * hours the retention job has not rolled up yet (at least the current one, and everything since a
 * fresh install), so the raw rows after the newest hourly row are rolled up here, in memory, and
 * appended. Reads as the user with overrideAccess:false (history rows carry the workspace rule).
 */
export async function getConsumerGroupLagChart(user: User, id: number, range: unknown): Promise<DownsampledPoint[]> {
  const chosen = historyRange.parse(range)
  const stored = await getConsumerGroupLagHistory(user, id, chosen)
  if (pickResolution(chosen) !== 'hour') return stored

  const payload = await getPayloadClient()
  const newestHour = await payload.find({
    collection: 'kafka-consumer-group-lag-history',
    where: { and: [{ consumerGroup: { equals: id } }, { resolution: { equals: 'hour' } }] },
    sort: '-timestamp',
    limit: 1,
    depth: 0,
    select: { timestamp: true },
    ...asUser(user),
  })
  const rangeStart = Date.now() - HISTORY_RANGE_MS[chosen]
  const newest = newestHour.docs[0]
  const tailStart = Math.max(rangeStart, newest ? Date.parse(newest.timestamp) + HOUR_MS : rangeStart)
  const raw = await payload.find({
    collection: 'kafka-consumer-group-lag-history',
    where: { and: [{ consumerGroup: { equals: id } }, { resolution: { equals: 'raw' } }, { timestamp: { greater_than_equal: new Date(tailStart).toISOString() } }] },
    sort: 'timestamp',
    pagination: false,
    depth: 0,
    select: { timestamp: true, totalLag: true, maxPartitionLag: true, lagSeconds: true },
    ...asUser(user),
  })
  if (raw.docs.length === 0) return stored
  const tail = downsample(
    raw.docs.map((r) => ({ timestamp: r.timestamp, totalLag: r.totalLag, maxPartitionLag: r.maxPartitionLag ?? null, lagSeconds: r.lagSeconds ?? null })),
    'hour',
  )
  const combined = [...stored, ...tail]
  return combined.length > MAX_CHART_POINTS ? capPoints(combined) : combined
}
