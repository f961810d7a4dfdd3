/**
 * Lag history as chart rows: one row per point with the total lag, the worst time lag, and the
 * lowest–highest band of the merged samples (only when the series is downsampled, i.e. some point
 * stands for several polls). Pure, so the chart component only draws.
 */
import {
  expectedSpacing,
  isolatedPoints,
  pickResolution,
  rangeDomain,
  timeTicks,
  withGaps,
  type DownsampledPoint,
  type HistoryRange,
} from '@/features/consumer-groups/lib'
import { HISTORY_RANGE_MS } from '@/features/consumer-groups/search-params'

export type LagChartRow = Pick<DownsampledPoint, 'totalLag' | 'lagSecondsMax'> & {
  time: number
  /** [totalLagMin, totalLagMax] of the samples behind the point; null when the point is a single poll. */
  band: [number, number] | null
}

export type LagChartData = { rows: LagChartRow[]; downsampled: boolean; hasLagSeconds: boolean }

export function toLagChartData(points: readonly DownsampledPoint[]): LagChartData {
  const downsampled = points.some((p) => p.sampleCount > 1)
  const rows = points
    .map((p): LagChartRow => ({
      time: Date.parse(p.timestamp),
      totalLag: p.totalLag,
      lagSecondsMax: p.lagSecondsMax,
      band: downsampled && p.totalLagMin !== null && p.totalLagMax !== null ? [p.totalLagMin, p.totalLagMax] : null,
    }))
    .filter((row) => Number.isFinite(row.time))
  return { rows, downsampled, hasLagSeconds: rows.some((r) => r.lagSecondsMax !== null) }
}

const HOUR_MS = 3_600_000

/** What the chart draws over a range ending at `end`: the whole range as domain, its ticks, the rows with gaps, and the points only a dot can show. */
export type LagChartAxis = {
  domain: [number, number]
  ticks: number[]
  /** The rows plus a gap row (null values) wherever polls are missing. */
  drawn: LagChartRow[]
  /** Indexes in `drawn` of points without a neighbour to draw a line to. */
  isolated: Set<number>
  /** Said under the chart when the range holds little history; null otherwise. */
  note: string | null
}

export function lagChartAxis(rows: readonly LagChartRow[], range: HistoryRange, end: number): LagChartAxis {
  const domain = rangeDomain(HISTORY_RANGE_MS[range], end)
  const visible = rows.filter((r) => r.time >= domain[0] && r.time <= domain[1])
  // Hourly ranges read one point per hour at most: closer points only come from the current hour's roll-up.
  const spacing = expectedSpacing(visible, pickResolution(range) === 'hour' ? HOUR_MS : 0)
  const drawn = withGaps(visible, spacing, (time) => ({ time, totalLag: null, lagSecondsMax: null, band: null }))
  return {
    domain,
    ticks: timeTicks(domain[0], domain[1], range),
    drawn,
    isolated: isolatedPoints(drawn.map((r) => r.totalLag)),
    note: coverageNote(visible, range, domain),
  }
}

/**
 * A note when the history covers little of the range (it started recently, or the range has a
 * handful of points): when it starts and what one point stands for, so a lone dot is explained.
 */
export function coverageNote(rows: readonly LagChartRow[], range: HistoryRange, [start, end]: [number, number]): string | null {
  const first = rows[0]
  if (!first) return null
  const startsLate = first.time - start > 0.1 * (end - start)
  if (!startsLate && rows.length >= 3) return null
  const each = pickResolution(range) === 'hour' ? (rows.length === 1 ? 'an hourly average' : 'hourly averages') : 'one per lag check'
  const count = `${rows.length} ${rows.length === 1 ? 'point' : 'points'} (${each})`
  const since = new Date(first.time).toISOString().replace('T', ' ').slice(0, 16)
  return `History in this range starts ${since} UTC: ${count} so far.`
}
