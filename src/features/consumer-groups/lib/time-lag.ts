/**
 * Time lag, kafka-lag-exporter's method (seglo/kafka-lag-exporter, LookupTable's in-memory table).
 *
 * Each poll records the partition's log-end offset and the poll time. To learn how old a
 * committed offset is, find when the log end passed it by linear interpolation between the two
 * adjacent points that bracket it, and subtract that from now. The table is a sliding window
 * (default 60 points, kafka-lag-exporter's default `size`), and a run of polls with the same
 * offset keeps only its first and last point, so an idle partition does not push useful history
 * out of the window.
 *
 * Deliberate differences from kafka-lag-exporter, each so the result is never nonsense:
 * - an offset beyond the newest point (a commit ahead of the last polled log end) is 0, not a
 *   negative lag from extrapolating forwards; kafka-lag-exporter returns 0 only on equality;
 * - an all-flat table (oldest offset = newest offset) would divide by zero when extrapolating:
 *   the answer is unknown (null), not Infinity; a bracketing pair with equal offsets cannot occur
 *   in a table built by `addPoint` (a later pair always brackets first) but is guarded anyway;
 * - the result is clamped at 0 seconds.
 * The table is immutable: `addPoint` returns a new one, so it can be persisted as JSON as is.
 */
import type { OffsetTimePoint, TimeLagTable } from '@/features/consumer-groups/lib/stored-shapes'

export const DEFAULT_TIME_LAG_TABLE_SIZE = 60

export function createTimeLagTable(limit: number = DEFAULT_TIME_LAG_TABLE_SIZE): TimeLagTable {
  // Two points are the least that can interpolate anything.
  return { limit: Math.max(2, Math.floor(limit)), points: [] }
}

/**
 * Adds a poll's `(logEndOffset, time)`. Like kafka-lag-exporter, a point that is not newer than the
 * newest one, or whose offset went down (topic recreated or truncated), is ignored: the table
 * only describes a monotonic log. Callers that detect a recreated topic should start a new table.
 */
export function addPoint(table: TimeLagTable, point: OffsetTimePoint): TimeLagTable {
  const points = table.points
  const newest = points[points.length - 1]
  if (newest && newest.time >= point.time) return table
  if (newest && newest.offset > point.offset) return table
  const previous = points[points.length - 2]
  if (newest && previous && newest.offset === point.offset && previous.offset === point.offset) {
    // A flat run already has its first and last point: move the last one out to now.
    return { limit: table.limit, points: [...points.slice(0, -1), { offset: point.offset, time: point.time }] }
  }
  const kept = points.length >= table.limit ? points.slice(points.length - table.limit + 1) : points
  return { limit: table.limit, points: [...kept, { offset: point.offset, time: point.time }] }
}

/**
 * Seconds since the message at `committedOffset` was written, as of `now` (epoch ms); null when
 * the table cannot tell (fewer than two points, or a flat table that cannot extrapolate).
 */
export function estimateTimeLag(table: TimeLagTable, committedOffset: number, now: number): number | null {
  return estimateTimeLagWithMethod(table, committedOffset, now).seconds
}

/**
 * `estimateTimeLag` and how it got there: `interpolated` between two polls that bracket the offset,
 * `extrapolated` along the table's longest trend line (the offset predates the oldest poll); method
 * null when caught up with the newest log end (0 by definition) or when the table cannot tell.
 */
export function estimateTimeLagWithMethod(
  table: TimeLagTable,
  committedOffset: number,
  now: number,
): { seconds: number | null; method: 'interpolated' | 'extrapolated' | null } {
  const points = table.points
  const newest = points[points.length - 1]
  if (!newest) return { seconds: null, method: null }
  // Caught up with the newest log end we saw: no time lag (checked first, as kafka-lag-exporter does).
  if (committedOffset >= newest.offset) return { seconds: 0, method: null }
  if (points.length < 2) return { seconds: null, method: null }
  const predicted = predictTime(points, committedOffset)
  if (predicted === null) return { seconds: null, method: null }
  return { seconds: Math.max(0, (now - predicted.time) / 1000), method: predicted.method }
}

function predictTime(points: readonly OffsetTimePoint[], offset: number): { time: number; method: 'interpolated' | 'extrapolated' } | null {
  // Newest pair first: with a monotonic table the most recent bracket is the tightest estimate.
  for (let i = points.length - 1; i > 0; i--) {
    const right = points[i]!
    const left = points[i - 1]!
    if (offset >= left.offset && offset <= right.offset) {
      if (right.offset === left.offset) return { time: left.time, method: 'interpolated' }
      return { time: interpolate(left, right, offset), method: 'interpolated' }
    }
  }
  // No pair brackets the offset: extrapolate along the longest trend line we have.
  const oldest = points[0]!
  const newest = points[points.length - 1]!
  if (newest.offset === oldest.offset) return null
  return { time: interpolate(oldest, newest, offset), method: 'extrapolated' }
}

// t = r.t - (r.offset - o) * (r.t - l.t) / (r.offset - l.offset); the caller rules out r.offset === l.offset.
function interpolate(left: OffsetTimePoint, right: OffsetTimePoint, offset: number): number {
  return right.time - ((right.offset - offset) * (right.time - left.time)) / (right.offset - left.offset)
}

/** A group's time lag is its worst partition's; partitions with unknown time lag are skipped. */
export function groupTimeLag(partitionSeconds: readonly (number | null)[]): number | null {
  let max: number | null = null
  for (const seconds of partitionSeconds) {
    if (seconds === null || !Number.isFinite(seconds)) continue
    max = max === null ? seconds : Math.max(max, seconds)
  }
  return max
}
