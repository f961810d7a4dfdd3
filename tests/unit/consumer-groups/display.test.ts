import { describe, expect, it } from 'vitest'

import {
  groupTimeLagMethodDisplay,
  timeLagMethodDisplay,
  formatAgo,
  formatCount,
  formatDuration,
  formatTimeToClear,
  healthDisplay,
  partitionFlags,
  partitionHealth,
  positionHeading,
  stateDisplay,
  trendDisplay,
} from '@/features/consumer-groups/display'
import { toLagChartData } from '@/features/consumer-groups/lag-chart-data'
import { formatTick } from '@/features/consumer-groups/lib'

describe('formatDuration', () => {
  it.each([
    [null, '—'],
    [undefined, '—'],
    [-5, '—'],
    [Number.NaN, '—'],
    [0, '0s'],
    [0.4, '<1s'],
    [1, '1s'],
    [59.6, '1m'],
    [200, '3m 20s'],
    [3_600, '1h'],
    [3_601, '1h'],
    [7_500, '2h 5m'],
    [86_400 * 4 + 3_600, '4d 1h'],
    [86_400 * 40, '40d'],
  ])('%s -> %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected)
  })

  it('says "caught up" for a time to clear of 0 and "—" without an estimate', () => {
    expect(formatTimeToClear(0)).toBe('caught up')
    expect(formatTimeToClear(null)).toBe('—')
    expect(formatTimeToClear(90)).toBe('1m 30s')
  })
})

describe('formatCount and formatAgo', () => {
  it('keeps a real 0 and marks the unknown', () => {
    expect(formatCount(0)).toBe('0')
    expect(formatCount(1234567)).toBe('1,234,567')
    expect(formatCount(null)).toBe('—')
    expect(formatCount(12.6)).toBe('13')
  })

  it('tells how long ago', () => {
    const now = Date.parse('2026-01-01T12:00:00Z')
    expect(formatAgo(null, now)).toBe('never')
    expect(formatAgo('garbage', now)).toBe('never')
    expect(formatAgo('2026-01-01T11:59:30Z', now)).toBe('just now')
    expect(formatAgo('2026-01-01T11:55:00Z', now)).toBe('5 min ago')
    expect(formatAgo('2026-01-01T09:00:00Z', now)).toBe('3 h ago')
    expect(formatAgo('2025-12-30T12:00:00Z', now)).toBe('2 d ago')
  })
})

describe('health, state and trend', () => {
  it('maps group and partition health to a label and tone', () => {
    expect(healthDisplay('ok')).toEqual({ label: 'OK', tone: 'ok' })
    expect(healthDisplay('warn').tone).toBe('warn')
    expect(healthDisplay('err').tone).toBe('err')
    expect(healthDisplay('stall')).toEqual({ label: 'Stalled', tone: 'err' })
    expect(healthDisplay('unknown')).toEqual({ label: 'Unknown', tone: 'muted' })
    expect(healthDisplay(null).label).toBe('Unknown')
  })

  it('maps Kafka group states', () => {
    expect(stateDisplay('Stable').tone).toBe('ok')
    expect(stateDisplay('PreparingRebalance').tone).toBe('warn')
    expect(stateDisplay('Reconciling').tone).toBe('warn')
    expect(stateDisplay('Dead').tone).toBe('err')
    expect(stateDisplay('Empty')).toEqual({ label: 'Empty', tone: 'muted' })
    expect(stateDisplay(undefined).label).toBe('Unknown')
  })

  it('gives each trend an arrow and a label', () => {
    expect(trendDisplay('rising')).toMatchObject({ arrow: '↗', label: 'Lag rising' })
    expect(trendDisplay('falling').arrow).toBe('↘')
    expect(trendDisplay('flat').arrow).toBe('→')
    expect(trendDisplay(undefined).label).toBe('Not enough history')
  })

  it('flags partitions without a commit or below the log start', () => {
    expect(partitionFlags({ noCommit: false, belowLogStart: false })).toEqual([])
    expect(partitionFlags({ noCommit: true, belowLogStart: false }).map((f) => f.key)).toEqual(['no-commit'])
    expect(partitionFlags({ noCommit: false, belowLogStart: true }).map((f) => f.key)).toEqual(['out-of-range'])
  })
})

describe('toLagChartData', () => {
  const point = (timestamp: string, totalLag: number | null, extra: Partial<{ min: number; max: number; n: number; s: number }> = {}) => ({
    timestamp,
    totalLag,
    totalLagMin: extra.min ?? totalLag,
    totalLagMax: extra.max ?? totalLag,
    maxPartitionLag: null,
    lagSeconds: extra.s ?? null,
    lagSecondsMax: extra.s ?? null,
    sampleCount: extra.n ?? 1,
  })

  it('draws no band for raw polls', () => {
    const data = toLagChartData([point('2026-01-01T00:00:00Z', 5), point('2026-01-01T00:01:00Z', 0)])
    expect(data.downsampled).toBe(false)
    expect(data.hasLagSeconds).toBe(false)
    expect(data.rows).toEqual([
      { time: Date.parse('2026-01-01T00:00:00Z'), totalLag: 5, lagSecondsMax: null, band: null },
      { time: Date.parse('2026-01-01T00:01:00Z'), totalLag: 0, lagSecondsMax: null, band: null },
    ])
  })

  it('draws the min–max band when points were merged', () => {
    const data = toLagChartData([point('2026-01-01T00:00:00Z', 50, { min: 10, max: 90, n: 60, s: 12 }), point('2026-01-01T01:00:00Z', null)])
    expect(data.downsampled).toBe(true)
    expect(data.hasLagSeconds).toBe(true)
    expect(data.rows[0]!.band).toEqual([10, 90])
    expect(data.rows[1]!.band).toBeNull()
  })

  it('labels the axis by clock time or by date', () => {
    const t = Date.parse('2026-03-04T05:06:00Z')
    expect(formatTick(t, '1h')).toBe('05:06')
    expect(formatTick(t, '30d')).toBe('Mar 4')
  })
})

describe('partitionHealth', () => {
  it('shows a warming-up partition as such, not as Burrow’s STALL', () => {
    expect(partitionHealth({ status: 'stall', rule: 'warming_up' })).toBe('warming')
    expect(healthDisplay(partitionHealth({ status: 'stall', rule: 'warming_up' }))).toEqual({ label: 'Warming up', tone: 'muted' })
    expect(partitionHealth({ status: 'stall', rule: 'burrow_stall' })).toBe('stall')
    expect(partitionHealth({ status: 'ok' })).toBe('ok')
  })
})

describe('time-lag method', () => {
  it('tells each method in a few words, a clamped value as the clock running ahead, and nothing when there is no method', () => {
    expect(timeLagMethodDisplay('record', false)?.label).toBe('from record')
    expect(timeLagMethodDisplay('interpolated', false)?.label).toBe('interpolated')
    expect(timeLagMethodDisplay('extrapolated', false)?.label).toBe('extrapolated')
    expect(timeLagMethodDisplay('record', true)?.label).toBe('clock ahead')
    expect(timeLagMethodDisplay(null, false)).toBeNull()
  })

  it("tells the group's worst partition's method, and a clock ahead on any partition", () => {
    const partitions = [
      { lagSeconds: 5, lagSecondsMethod: 'record' as const, lagSecondsClamped: false },
      { lagSeconds: 90, lagSecondsMethod: 'extrapolated' as const, lagSecondsClamped: false },
    ]
    expect(groupTimeLagMethodDisplay(partitions)?.label).toBe('extrapolated')
    expect(groupTimeLagMethodDisplay([...partitions, { lagSeconds: 0, lagSecondsMethod: 'record', lagSecondsClamped: true }])?.label).toBe(
      'extrapolated; clock ahead',
    )
    expect(groupTimeLagMethodDisplay([{ lagSeconds: 0, lagSecondsMethod: 'record', lagSecondsClamped: true }])?.label).toBe('from record; clock ahead')
    expect(groupTimeLagMethodDisplay([{ lagSeconds: null }])).toBeNull()
  })
})

describe('positionHeading', () => {
  it("names a share group's position its start offset, every other type's its committed offset", () => {
    expect(positionHeading('share').label).toBe('Start offset')
    for (const type of ['classic', 'consumer', 'streams', null]) expect(positionHeading(type).label).toBe('Committed')
  })
})
