import { describe, expect, it } from 'vitest'

import { coverageNote, lagChartAxis, type LagChartRow } from '@/features/consumer-groups/lag-chart-data'
import { expectedSpacing, formatTick, isolatedPoints, rangeDomain, timeTicks, withGaps } from '@/features/consumer-groups/lib'

const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR
const at = (iso: string) => Date.parse(iso)
const iso = (ms: number) => new Date(ms).toISOString()
const row = (time: number, totalLag: number | null = 1): LagChartRow => ({ time, totalLag, lagSecondsMax: null, band: null })

describe('rangeDomain', () => {
  it('spans the whole range ending at the render time, whatever the data', () => {
    const end = at('2026-12-03T09:13:30Z')
    expect(rangeDomain(HOUR, end)).toEqual([end - HOUR, end])
    expect(rangeDomain(DAY, end)).toEqual([end - DAY, end])
  })
})

describe('timeTicks', () => {
  const end = at('2026-12-03T09:13:30Z')

  it('1h: every 10 minutes on the round minute', () => {
    expect(timeTicks(end - HOUR, end, '1h').map(iso)).toEqual([
      '2026-12-03T08:20:00.000Z',
      '2026-12-03T08:30:00.000Z',
      '2026-12-03T08:40:00.000Z',
      '2026-12-03T08:50:00.000Z',
      '2026-12-03T09:00:00.000Z',
      '2026-12-03T09:10:00.000Z',
    ])
  })

  it('24h: every 3 hours on the round hour, so 1h and 24h no longer look alike', () => {
    const ticks = timeTicks(end - DAY, end, '24h')
    expect(ticks.map((t) => formatTick(t, '24h'))).toEqual(['12:00', '15:00', '18:00', '21:00', '00:00', '03:00', '06:00', '09:00'])
    expect(iso(ticks[0]!)).toBe('2026-12-02T12:00:00.000Z')
  })

  it('7d: one tick a day at midnight, labelled with day and time', () => {
    const ticks = timeTicks(end - 7 * DAY, end, '7d')
    expect(ticks.map((t) => formatTick(t, '7d'))).toEqual([
      'Nov 27 00:00',
      'Nov 28 00:00',
      'Nov 29 00:00',
      'Nov 30 00:00',
      'Dec 1 00:00',
      'Dec 2 00:00',
      'Dec 3 00:00',
    ])
  })

  it('30d: dates, every 7 days at most 8 ticks', () => {
    const labels = timeTicks(end - 30 * DAY, end, '30d').map((t) => formatTick(t, '30d'))
    expect(labels.length).toBeLessThanOrEqual(8)
    expect(labels).toEqual(['Nov 5', 'Nov 12', 'Nov 19', 'Nov 26', 'Dec 3'])
  })

  it('never repeats a label in any range', () => {
    for (const [range, ms] of [
      ['1h', HOUR],
      ['6h', 6 * HOUR],
      ['24h', DAY],
      ['7d', 7 * DAY],
      ['30d', 30 * DAY],
    ] as const) {
      const labels = timeTicks(end - ms, end, range).map((t) => formatTick(t, range))
      expect(new Set(labels).size).toBe(labels.length)
    }
  })
})

describe('gaps', () => {
  it('the expected spacing is the median distance, at least the floor', () => {
    expect(expectedSpacing([row(0), row(MIN), row(2 * MIN), row(30 * MIN)])).toBe(MIN)
    expect(expectedSpacing([row(0), row(MIN)], HOUR)).toBe(HOUR)
    expect(expectedSpacing([row(0)], HOUR)).toBe(HOUR)
  })

  it('inserts a gap row where polls are missing, and none between regular polls', () => {
    const rows = [row(0), row(MIN), row(2 * MIN), row(20 * MIN), row(21 * MIN)]
    const drawn = withGaps(rows, MIN, (time) => row(time, null))
    expect(drawn.map((r) => [r.time / MIN, r.totalLag])).toEqual([
      [0, 1],
      [1, 1],
      [2, 1],
      [3, null],
      [20, 1],
      [21, 1],
    ])
  })

  it('points without a neighbour are the ones drawn as dots', () => {
    expect([...isolatedPoints([1, null, 2, 3, null, 4])]).toEqual([0, 5])
  })
})

describe('lagChartAxis', () => {
  const end = at('2026-12-03T09:13:30Z')

  it('7d with three hours of hourly data: a note explains the few points, and the domain is still 7 days', () => {
    const rows = [row(at('2026-12-03T06:00:00Z')), row(at('2026-12-03T07:00:00Z')), row(at('2026-12-03T08:00:00Z'))]
    const axis = lagChartAxis(rows, '7d', end)
    expect(axis.domain).toEqual([end - 7 * DAY, end])
    expect(axis.drawn).toHaveLength(3)
    expect(axis.note).toBe('History in this range starts 2026-12-03 06:00 UTC: 3 points (hourly averages) so far.')
  })

  it('a range full of regular polls has no note', () => {
    const rows = Array.from({ length: 60 }, (_, i) => row(end - HOUR + (i + 1) * MIN))
    expect(coverageNote(rows, '1h', [end - HOUR, end])).toBeNull()
    expect(lagChartAxis(rows, '1h', end).isolated.size).toBe(0)
  })

  it('a single point is isolated (drawn as a dot) and explained', () => {
    const axis = lagChartAxis([row(at('2026-12-03T09:00:00Z'), 42)], '30d', end)
    expect([...axis.isolated]).toEqual([0])
    expect(axis.note).toBe('History in this range starts 2026-12-03 09:00 UTC: 1 point (an hourly average) so far.')
  })
})
