/**
 * Lag-history tiers: downsampling into UTC hour/day buckets, the resolution a chart range reads,
 * capping a series for a chart, and the retention cutoffs.
 *
 * Merging is associative (sample-weighted average, min of mins, max of maxes, summed counts), so
 * raw -> hour -> day, and capping a downsampled series, all give the same answer as merging the
 * raw samples directly, and a spike survives every step in `totalLagMax`.
 */
import type { DownsampledPoint, HistoryBucket, HistoryRange, HistoryResolution, LagHistoryPoint, Timestamp } from '@/features/consumer-groups/lib/types'

const HOUR_MS = 3_600_000
const DAY_MS = 86_400_000
const BUCKET_MS: Record<HistoryBucket, number> = { hour: HOUR_MS, day: DAY_MS }

export const MAX_CHART_POINTS = 500

export function toEpochMs(timestamp: Timestamp): number {
  if (typeof timestamp === 'number') return timestamp
  if (timestamp instanceof Date) return timestamp.getTime()
  return Date.parse(timestamp)
}

// Epoch milliseconds are UTC, and hours and days divide them evenly, so flooring is a UTC bucket.
export function bucketStart(ms: number, bucket: HistoryBucket): number {
  return Math.floor(ms / BUCKET_MS[bucket]) * BUCKET_MS[bucket]
}

/** Rows (raw or already downsampled) into `bucket`-sized UTC buckets, oldest first. */
export function downsample(raw: readonly LagHistoryPoint[], bucket: HistoryBucket): DownsampledPoint[] {
  const buckets = new Map<number, LagHistoryPoint[]>()
  for (const point of raw) {
    const ms = toEpochMs(point.timestamp)
    if (!Number.isFinite(ms)) continue
    const start = bucketStart(ms, bucket)
    const rows = buckets.get(start)
    if (rows) rows.push(point)
    else buckets.set(start, [point])
  }
  return [...buckets.entries()].sort(([a], [b]) => a - b).map(([start, rows]) => mergePoints(rows, start))
}

/**
 * At most `max` points for a chart: consecutive points are merged in equal runs (the first point's
 * time stands for the run), keeping min and max so peaks and troughs stay visible.
 */
export function capPoints(points: readonly LagHistoryPoint[], max: number = MAX_CHART_POINTS): DownsampledPoint[] {
  const sorted = points
    .map((point) => ({ point, ms: toEpochMs(point.timestamp) }))
    .filter(({ ms }) => Number.isFinite(ms))
    .sort((a, b) => a.ms - b.ms)
  const run = Math.max(1, Math.ceil(sorted.length / Math.max(1, Math.floor(max))))
  const out: DownsampledPoint[] = []
  for (let i = 0; i < sorted.length; i += run) {
    const chunk = sorted.slice(i, i + run)
    out.push(
      mergePoints(
        chunk.map((c) => c.point),
        chunk[0]!.ms,
      ),
    )
  }
  return out
}

function mergePoints(points: readonly LagHistoryPoint[], start: number): DownsampledPoint {
  const lag = weightedAverage()
  const seconds = weightedAverage()
  let totalLagMin: number | null = null
  let totalLagMax: number | null = null
  let maxPartitionLag: number | null = null
  let lagSecondsMax: number | null = null
  let sampleCount = 0
  for (const p of points) {
    const count = p.sampleCount ?? 1
    sampleCount += count
    // Weighted by samples so an hour of 60 polls outweighs a partial hour of 5 when rolled into a day.
    lag.add(p.totalLag ?? null, count)
    seconds.add(p.lagSeconds ?? null, count)
    // A raw row has no extremes of its own: its one sample is its lowest and its worst.
    totalLagMin = minOf(totalLagMin, p.totalLagMin ?? p.totalLag ?? null)
    totalLagMax = maxOf(totalLagMax, p.totalLagMax ?? p.totalLag ?? null)
    maxPartitionLag = maxOf(maxPartitionLag, p.maxPartitionLag ?? null)
    lagSecondsMax = maxOf(lagSecondsMax, p.lagSecondsMax ?? p.lagSeconds ?? null)
  }
  return {
    timestamp: new Date(start).toISOString(),
    // A real 0 average stays 0; null only when no sample in the bucket knew the lag.
    totalLag: lag.value(),
    totalLagMin,
    totalLagMax,
    maxPartitionLag,
    lagSeconds: seconds.value(),
    lagSecondsMax,
    sampleCount,
  }
}

function weightedAverage() {
  let sum = 0
  let weight = 0
  return {
    add(value: number | null, count: number) {
      if (value === null || !Number.isFinite(value)) return
      sum += value * count
      weight += count
    },
    value: (): number | null => (weight > 0 ? sum / weight : null),
  }
}

function minOf(a: number | null, b: number | null): number | null {
  if (b === null || !Number.isFinite(b)) return a
  return a === null ? b : Math.min(a, b)
}

function maxOf(a: number | null, b: number | null): number | null {
  if (b === null || !Number.isFinite(b)) return a
  return a === null ? b : Math.max(a, b)
}

/**
 * The stored resolution a chart range reads, at 1-minute polling (rows per group):
 *   1h  -> raw   (60)
 *   6h  -> raw   (360)
 *   24h -> raw   (1,440, capped to 480 by `capPoints`: 3-minute points with min/max; still finer
 *                 than hourly's 24 points, and raw is kept 7 days so it is always there)
 *   7d  -> hour  (168; raw would be 10,080 rows to read)
 *   30d -> hour  (720, capped to 360 two-hour points; daily would be only 30 points)
 * Hourly rows are kept 30 days, so a 30-day range is covered by one tier.
 */
export function pickResolution(range: HistoryRange): HistoryResolution {
  return range === '7d' || range === '30d' ? 'hour' : 'raw'
}

export type RetentionConfig = { rawDays: number; hourDays: number; deleteAfterDays: number }

export const DEFAULT_RETENTION: RetentionConfig = { rawDays: 7, hourDays: 30, deleteAfterDays: 365 }

export type RetentionPlan = {
  /** Raw rows before this (complete UTC hours) may be rolled up into hourly rows. */
  hourlyRollupBefore: string
  /** Hourly rows before this (complete UTC days) may be rolled up into daily rows. */
  dailyRollupBefore: string
  /** Delete raw rows before this (after rolling them up). */
  deleteRawBefore: string
  /** Delete hourly rows before this (after rolling them up). */
  deleteHourBefore: string
  /** Delete every row before this. */
  deleteBefore: string
}

/**
 * Cutoffs (ISO 8601 UTC) for the retention job. Every cutoff is on a bucket boundary (an hour for
 * raw, a UTC day for hourly and deletion), so a bucket is rolled up only once all its rows exist
 * and is never split between two runs. Rolling up every complete bucket, not only the ones about
 * to be deleted, lets a 7-day or 30-day chart read one tier (the hourly) without stitching raw
 * rows in; upserting on (group, resolution, bucket start) keeps reruns idempotent. The tiers
 * must nest, so a shorter later tier is stretched to the earlier one (hourDays >= rawDays, ...).
 */
export function retentionPlan(now: Timestamp, config: Partial<RetentionConfig> = {}): RetentionPlan {
  const nowMs = toEpochMs(now)
  const rawDays = Math.max(0, config.rawDays ?? DEFAULT_RETENTION.rawDays)
  const hourDays = Math.max(rawDays, config.hourDays ?? DEFAULT_RETENTION.hourDays)
  const deleteAfterDays = Math.max(hourDays, config.deleteAfterDays ?? DEFAULT_RETENTION.deleteAfterDays)
  const iso = (ms: number) => new Date(ms).toISOString()
  return {
    hourlyRollupBefore: iso(bucketStart(nowMs, 'hour')),
    dailyRollupBefore: iso(bucketStart(nowMs, 'day')),
    deleteRawBefore: iso(bucketStart(nowMs - rawDays * DAY_MS, 'hour')),
    deleteHourBefore: iso(bucketStart(nowMs - hourDays * DAY_MS, 'day')),
    deleteBefore: iso(bucketStart(nowMs - deleteAfterDays * DAY_MS, 'day')),
  }
}
