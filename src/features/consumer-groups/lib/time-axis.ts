/**
 * The lag chart's time axis, pure: the domain is the whole selected range (not just the data),
 * ticks fall on round UTC times at a step that fits the range, labels are formatted for the range
 * and never repeat, and polls that are missing leave a gap instead of a line drawn across them.
 */
import type { HistoryRange } from '@/features/consumer-groups/lib/types'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** Tick steps, smallest first; all divide a UTC day or are whole days, so ticks land on round times. */
const STEPS = [MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY]

/** The smallest step of a range's labels: ranges labelled by date never tick inside a day. */
const MIN_STEP: Record<HistoryRange, number> = { '1h': MINUTE, '6h': MINUTE, '24h': MINUTE, '7d': 6 * HOUR, '30d': DAY }

/** Ticks at most: enough to read the range at 1440 px; the chart drops labels that would overlap on a phone. */
export const DEFAULT_MAX_TICKS = 8

/** The axis domain: the whole range ending at `end` (the time the page was rendered), epoch ms. */
export function rangeDomain(rangeMs: number, end: number): [number, number] {
  return [end - rangeMs, end]
}

/** Ticks on round UTC times within [start, end], at the smallest step giving at most `maxTicks`. */
export function timeTicks(start: number, end: number, range: HistoryRange, maxTicks: number = DEFAULT_MAX_TICKS): number[] {
  if (!(end > start)) return []
  const fitting = STEPS.filter((s) => s >= MIN_STEP[range])
  const count = (step: number) => Math.floor(end / step) - Math.ceil(start / step) + 1
  const step = fitting.find((s) => count(s) <= maxTicks) ?? fitting[fitting.length - 1]!
  const ticks: number[] = []
  for (let t = Math.ceil(start / step) * step; t <= end; t += step) ticks.push(t)
  return ticks
}

const clock = (date: Date) => date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })
const day = (date: Date) => date.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' })

/** A tick's label (UTC): clock time up to 24 hours, day and time for 7 days, the date for 30 days. */
export function formatTick(time: number, range: HistoryRange): string {
  const date = new Date(time)
  if (range === '30d') return day(date)
  if (range === '7d') return `${day(date)} ${clock(date)}`
  return clock(date)
}

/** A row of the chart: its time, and null values where it marks a gap. */
export type TimedRow = { time: number }

/**
 * The spacing the series is expected to have: the median distance between consecutive points (the
 * lag check's interval for raw ranges, the bucket or merged run for the others), at least `floor`.
 */
export function expectedSpacing(rows: readonly TimedRow[], floor = 0): number {
  const gaps: number[] = []
  for (let i = 1; i < rows.length; i++) gaps.push(rows[i]!.time - rows[i - 1]!.time)
  if (gaps.length === 0) return floor
  gaps.sort((a, b) => a - b)
  return Math.max(floor, gaps[Math.floor(gaps.length / 2)]!)
}

/** Missing polls: points further apart than this many expected spacings are not joined by a line. */
export const GAP_FACTOR = 2.5

/**
 * The rows with a gap row (`gap(time)`, whose values are null) inserted wherever two neighbours are
 * more than GAP_FACTOR spacings apart, so a line is broken there instead of drawn across the hole.
 */
export function withGaps<R extends TimedRow>(rows: readonly R[], spacing: number, gap: (time: number) => R): R[] {
  if (!(spacing > 0)) return [...rows]
  const out: R[] = []
  for (let i = 0; i < rows.length; i++) {
    const previous = rows[i - 1]
    if (previous && rows[i]!.time - previous.time > GAP_FACTOR * spacing) out.push(gap(previous.time + spacing))
    out.push(rows[i]!)
  }
  return out
}

/**
 * Indexes of points with a value whose neighbours have none (gap rows, nulls or the ends): a line
 * cannot show them, so the chart draws them as dots.
 */
export function isolatedPoints(values: readonly (number | null)[]): Set<number> {
  const isolated = new Set<number>()
  for (let i = 0; i < values.length; i++) {
    if (values[i] === null) continue
    if ((values[i - 1] ?? null) === null && (values[i + 1] ?? null) === null) isolated.add(i)
  }
  return isolated
}
