/**
 * Lag history as chart rows: one row per point with the total lag, the worst time lag, and the
 * lowest–highest band of the merged samples (only when the series is downsampled, i.e. some point
 * stands for several polls). Pure, so the chart component only draws.
 */
import type { DownsampledPoint } from '@/features/consumer-groups/lib'

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

/** Axis label of a time for a range: clock time for ranges within a day, else the date. */
export function formatChartTime(time: number, range: string): string {
  const date = new Date(time)
  if (range === '7d' || range === '30d') {
    return date.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' })
  }
  return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })
}
