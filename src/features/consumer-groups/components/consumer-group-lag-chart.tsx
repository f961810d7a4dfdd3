'use client'

import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'

import { formatCount, formatDuration } from '@/features/consumer-groups/display'
import type { TimelineEvent } from '@/features/consumer-groups/event-display'
import { lagChartAxis, toLagChartData } from '@/features/consumer-groups/lag-chart-data'
import { formatTick, type DownsampledPoint, type HistoryRange } from '@/features/consumer-groups/lib'

// Theme colours from CSS variables (light and dark), with fallbacks when the theme defines none.
const COLORS = {
  lag: 'var(--chart-1, oklch(0.6 0.17 250))',
  band: 'var(--chart-1, oklch(0.6 0.17 250))',
  seconds: 'var(--chart-2, oklch(0.7 0.16 60))',
  grid: 'var(--border)',
  text: 'var(--muted-foreground)',
  event: 'var(--muted-foreground)',
  reset: 'var(--destructive, oklch(0.58 0.22 27))',
}

const utc = (t: number) => new Date(t).toISOString().replace('T', ' ').slice(0, 16) + ' UTC'

// Dots make each poll visible on short series; on long ones they would only be noise.
const MAX_DOTS = 120

type DotProps = { cx?: number | null; cy?: number | null; index?: number }

/** One dot per known lag point (all of them, or only those a line cannot show), classed so tests and styles can find them. */
function lagDot(drawAll: boolean, isolated: Set<number>) {
  return function LagDot({ cx, cy, index }: DotProps) {
    if (cx == null || cy == null || index == null || !(drawAll || isolated.has(index))) return <g key={`lag-dot-${index}`} />
    return <circle key={`lag-dot-${index}`} cx={cx} cy={cy} r={2.5} className="lag-dot" fill="var(--card)" stroke={COLORS.lag} strokeWidth={1.5} />
  }
}

/**
 * Total lag (left axis) and the worst time lag (right axis) over the chosen range, with the min–max band
 * of merged samples when the history is downsampled, and the group's timeline events as vertical
 * markers. The time axis spans the whole range up to `end` (the render time, from the server so
 * both renders agree); missing polls are gaps. Data only through props; the range lives in the URL
 * (see LagRangeSelector).
 */
export function ConsumerGroupLagChart({
  points,
  range,
  end,
  events = [],
}: {
  points: DownsampledPoint[]
  range: HistoryRange
  end: number
  events?: readonly TimelineEvent[]
}) {
  const { rows, downsampled, hasLagSeconds } = toLagChartData(points)
  const axis = lagChartAxis(rows, range, end)
  if (rows.length === 0) {
    return (
      <div data-testid="lag-chart-empty" className="flex h-64 items-center justify-center rounded-md border border-dashed text-sm text-muted-foreground">
        No lag history in this range yet. Points appear after each lag check.
      </div>
    )
  }
  const showDots = rows.length <= MAX_DOTS
  const dot = lagDot(showDots, axis.isolated)
  const markers = events.filter((e) => e.time >= axis.domain[0] && e.time <= axis.domain[1])
  return (
    <figure
      data-testid="lag-chart"
      data-points={rows.length}
      data-lag-points={rows.filter((r) => r.totalLag !== null).length}
      data-downsampled={downsampled}
      data-events={markers.length}
      className="grid gap-2"
    >
      <ComposedChart
        responsive
        data={axis.drawn}
        style={{ width: '100%', height: 260 }}
        margin={{ top: 16, right: hasLagSeconds ? 8 : 24, bottom: 0, left: 8 }}
        accessibilityLayer
      >
        <CartesianGrid stroke={COLORS.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={axis.domain}
          ticks={axis.ticks}
          interval="preserveStartEnd"
          minTickGap={16}
          tickFormatter={(t: number) => formatTick(t, range)}
          stroke={COLORS.text}
          fontSize={12}
        />
        <YAxis yAxisId="lag" stroke={COLORS.text} fontSize={12} tickFormatter={(v: number) => formatCount(v)} allowDecimals={false} width={64} />
        {hasLagSeconds && (
          <YAxis yAxisId="seconds" orientation="right" stroke={COLORS.text} fontSize={12} tickFormatter={(v: number) => formatDuration(v)} width={64} />
        )}
        <Tooltip
          labelFormatter={(t) => utc(Number(t))}
          formatter={(value, name) => {
            if (name === 'Lag range' && Array.isArray(value)) return [`${formatCount(Number(value[0]))} – ${formatCount(Number(value[1]))}`, name]
            if (name === 'Time lag') return [formatDuration(Number(value)), name]
            return [formatCount(Number(value)), name]
          }}
          contentStyle={{ background: 'var(--card)', borderColor: 'var(--border)', color: 'var(--card-foreground)' }}
        />
        {downsampled && <Area yAxisId="lag" dataKey="band" name="Lag range" stroke="none" fill={COLORS.band} fillOpacity={0.15} isAnimationActive={false} />}
        {markers.map((e) => (
          <ReferenceLine
            key={e.id}
            yAxisId="lag"
            x={e.time}
            stroke={e.kind === 'offset_reset' ? COLORS.reset : COLORS.event}
            strokeDasharray="2 3"
            strokeOpacity={0.8}
            className="group-event-marker"
            ifOverflow="hidden"
            // A small cap on top, so a marker reads as a marker and not as a grid line.
            label={{ value: '▾', position: 'top', fill: e.kind === 'offset_reset' ? COLORS.reset : COLORS.event, fontSize: 12 }}
          />
        ))}
        <Line
          yAxisId="lag"
          dataKey="totalLag"
          name="Lag (messages)"
          stroke={COLORS.lag}
          strokeWidth={2}
          dot={showDots || axis.isolated.size > 0 ? dot : false}
          isAnimationActive={false}
        />
        {hasLagSeconds && (
          <Line
            yAxisId="seconds"
            dataKey="lagSecondsMax"
            name="Time lag"
            stroke={COLORS.seconds}
            strokeWidth={1.5}
            strokeDasharray="4 3"
            dot={showDots ? { r: 2 } : false}
            isAnimationActive={false}
          />
        )}
      </ComposedChart>
      <figcaption className="flex flex-wrap gap-4 text-xs text-muted-foreground">
        <span className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-0.5 w-4" style={{ background: COLORS.lag }} /> Lag (messages, left axis)
        </span>
        {hasLagSeconds && (
          <span className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-0.5 w-4 border-t-2 border-dashed" style={{ borderColor: COLORS.seconds }} /> Time lag (right axis)
          </span>
        )}
        {downsampled && (
          <span className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-3 w-4 opacity-30" style={{ background: COLORS.band }} /> Min–max of merged polls
          </span>
        )}
        {markers.length > 0 && (
          <span className="flex items-center gap-1.5">
            <span aria-hidden style={{ color: COLORS.event }}>
              ▾
            </span>{' '}
            Events (listed under Timeline; red: offsets moved back)
          </span>
        )}
        <span className="ml-auto">
          {rows.length} {rows.length === 1 ? 'point' : 'points'}
          {downsampled ? ' (merged)' : ''} · times in UTC
        </span>
      </figcaption>
      {axis.note ? (
        <p data-testid="lag-chart-note" className="text-xs text-muted-foreground">
          {axis.note}
        </p>
      ) : null}
    </figure>
  )
}
