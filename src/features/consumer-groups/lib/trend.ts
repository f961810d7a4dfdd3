/**
 * Direction of a group's lag over the last hour, for the list's trend column.
 *
 * The hour ends at the newest sample (not the wall clock), so the function stays pure and a list
 * rendered from slightly stale history still shows a trend. A least-squares line through the
 * hour's known samples gives the change over the hour; it is 'flat' when that change is within
 * the noise tolerance: 5 % of the hour's average lag, but at least 10 messages, so a group that
 * hovers around a few messages (normal for a busy, healthy consumer polled mid-batch) is not
 * reported as rising or falling. Fewer than two known samples in the hour -> 'unknown'.
 */
import { knownSamples, lagSlope } from '@/features/consumer-groups/lib/regression'
import type { LagSample, LagTrend } from '@/features/consumer-groups/lib/types'

export const TREND_WINDOW_MS = 60 * 60 * 1000
export const TREND_RELATIVE_TOLERANCE = 0.05
export const TREND_ABSOLUTE_TOLERANCE = 10

export function lagTrend(points: readonly LagSample[]): LagTrend {
  const known = knownSamples(points)
  const newest = known[known.length - 1]
  if (!newest) return 'unknown'
  const hour = known.filter((p) => p.time >= newest.time - TREND_WINDOW_MS)
  const slope = lagSlope(hour)
  if (slope === null) return 'unknown'
  const span = newest.time - hour[0]!.time
  const change = slope * span
  const mean = hour.reduce((s, p) => s + p.totalLag, 0) / hour.length
  const tolerance = Math.max(TREND_ABSOLUTE_TOLERANCE, TREND_RELATIVE_TOLERANCE * mean)
  if (Math.abs(change) <= tolerance) return 'flat'
  return change > 0 ? 'rising' : 'falling'
}

/** The lag check keeps one point per bucket of this length for the trend (12 over the hour). */
export const TREND_BUCKET_MS = 5 * 60 * 1000

/**
 * The trend after a new poll, and the points to keep for the next one: the first sample of each
 * 5-minute bucket within the hour before `sample`, plus `sample` itself when it opens a new bucket.
 * Twelve points fit the hour's line as well as sixty one-minute polls, at a fifth of the memory,
 * so the lag check can store the trend on the group and the list reads no history. Pure.
 */
export function nextLagTrend(points: readonly LagSample[], sample: LagSample): { trend: LagTrend; points: LagSample[] } {
  const kept = points.filter((p) => p.time >= sample.time - TREND_WINDOW_MS && p.time < sample.time)
  const trend = lagTrend([...kept, sample])
  const last = kept.at(-1)
  if (!last || Math.floor(last.time / TREND_BUCKET_MS) !== Math.floor(sample.time / TREND_BUCKET_MS)) kept.push(sample)
  return { trend, points: kept }
}
