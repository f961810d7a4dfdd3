import { describe, expect, it } from 'vitest'
import { capPoints, downsample, pickResolution, retentionPlan } from '@/features/consumer-groups/lib'
import type { LagHistoryPoint } from '@/features/consumer-groups/lib'

const at = (iso: string, totalLag: number | null, extra: Partial<LagHistoryPoint> = {}): LagHistoryPoint => ({ timestamp: iso, totalLag, ...extra })

describe('downsample', () => {
  it('hour buckets: avg, min, max, avg and worst lag seconds, sample count, bucket start in UTC', () => {
    const rows = [
      at('2026-03-01T10:00:00.000Z', 10, { lagSeconds: 1, maxPartitionLag: 4 }),
      at('2026-03-01T10:59:59.999Z', 30, { lagSeconds: 7, maxPartitionLag: 9 }),
      at('2026-03-01T11:00:00.000Z', 5, { lagSeconds: 2 }),
    ]
    expect(downsample(rows, 'hour')).toEqual([
      {
        timestamp: '2026-03-01T10:00:00.000Z',
        totalLag: 20,
        totalLagMin: 10,
        totalLagMax: 30,
        maxPartitionLag: 9,
        lagSeconds: 4,
        lagSecondsMax: 7,
        sampleCount: 2,
      },
      {
        timestamp: '2026-03-01T11:00:00.000Z',
        totalLag: 5,
        totalLagMin: 5,
        totalLagMax: 5,
        maxPartitionLag: null,
        lagSeconds: 2,
        lagSecondsMax: 2,
        sampleCount: 1,
      },
    ])
  })

  it('day buckets start at UTC midnight whatever offset the input carries', () => {
    const rows = [
      at('2026-03-01T23:30:00-02:00', 1), // 2026-03-02T01:30Z
      at('2026-03-02T00:30:00+02:00', 3), // 2026-03-01T22:30Z
      at('2026-03-01T00:00:00.000Z', 5),
    ]
    expect(downsample(rows, 'day').map((p) => [p.timestamp, p.totalLag, p.sampleCount])).toEqual([
      ['2026-03-01T00:00:00.000Z', 4, 2],
      ['2026-03-02T00:00:00.000Z', 1, 1],
    ])
  })

  it('accepts epoch ms and Date, sorts output, skips invalid timestamps', () => {
    const h = Date.UTC(2026, 2, 1, 10)
    const rows: LagHistoryPoint[] = [
      { timestamp: h + 3_600_000, totalLag: 2 },
      { timestamp: new Date(h), totalLag: 1 },
      { timestamp: 'nope', totalLag: 9 },
    ]
    expect(downsample(rows, 'hour').map((p) => p.totalLag)).toEqual([1, 2])
  })

  it('a real 0 stays 0; null lags are left out of avg/min/max but counted as samples', () => {
    const [bucket] = downsample([at('2026-03-01T10:00:00Z', 0), at('2026-03-01T10:01:00Z', null)], 'hour')
    expect(bucket).toMatchObject({ totalLag: 0, totalLagMin: 0, totalLagMax: 0, sampleCount: 2 })
    const [unknown] = downsample([at('2026-03-01T10:00:00Z', null)], 'hour')
    expect(unknown).toMatchObject({ totalLag: null, totalLagMin: null, totalLagMax: null, sampleCount: 1 })
  })

  it('hour -> day gives the same result as raw -> day (weighted by samples, min/max kept)', () => {
    const raw = Array.from({ length: 180 }, (_, i) =>
      at(new Date(Date.UTC(2026, 2, 1, 9, 30) + i * 60_000).toISOString(), (i * 37) % 101, { lagSeconds: (i * 13) % 47 }),
    )
    const viaHours = downsample(downsample(raw, 'hour'), 'day')
    const direct = downsample(raw, 'day')
    expect(viaHours).toHaveLength(1)
    expect(viaHours[0]!.totalLag).toBeCloseTo(direct[0]!.totalLag!)
    expect(viaHours[0]!.lagSeconds).toBeCloseTo(direct[0]!.lagSeconds!)
    expect(viaHours[0]).toMatchObject({ totalLagMin: direct[0]!.totalLagMin, totalLagMax: direct[0]!.totalLagMax, lagSecondsMax: 46, sampleCount: 180 })
  })
})

describe('capPoints', () => {
  const minute = (n: number, lag: (i: number) => number) =>
    Array.from({ length: n }, (_, i) => at(new Date(Date.UTC(2026, 2, 1) + i * 60_000).toISOString(), lag(i)))

  it('never more than max points (default 500)', () => {
    expect(capPoints(minute(1440, (i) => i))).toHaveLength(480)
    expect(capPoints(minute(1001, (i) => i))).toHaveLength(334)
    expect(
      capPoints(
        minute(720, (i) => i),
        500,
      ).length,
    ).toBeLessThanOrEqual(500)
    expect(
      capPoints(
        minute(10, (i) => i),
        3,
      ).length,
    ).toBeLessThanOrEqual(3)
  })

  it('leaves short series alone (as downsampled points)', () => {
    const out = capPoints(minute(5, (i) => i * 2))
    expect(out).toHaveLength(5)
    expect(out[2]).toMatchObject({ totalLag: 4, totalLagMin: 4, totalLagMax: 4, sampleCount: 1 })
  })

  it('keeps the global min and max (a one-minute spike survives)', () => {
    const series = minute(1440, (i) => (i === 777 ? 1_000_000 : i === 100 ? 0 : 500))
    const out = capPoints(series, 100)
    expect(Math.max(...out.map((p) => p.totalLagMax!))).toBe(1_000_000)
    expect(Math.min(...out.map((p) => p.totalLagMin!))).toBe(0)
    expect(out.reduce((s, p) => s + p.sampleCount, 0)).toBe(1440)
  })

  it('merges downsampled points keeping their min/max and sorts by time', () => {
    const out = capPoints(
      [
        at('2026-03-01T02:00:00Z', 10, { totalLagMin: 1, totalLagMax: 50, sampleCount: 60 }),
        at('2026-03-01T00:00:00Z', 20, { totalLagMin: 5, totalLagMax: 30, sampleCount: 60 }),
      ],
      1,
    )
    expect(out).toEqual([
      {
        timestamp: '2026-03-01T00:00:00.000Z',
        totalLag: 15,
        totalLagMin: 1,
        totalLagMax: 50,
        maxPartitionLag: null,
        lagSeconds: null,
        lagSecondsMax: null,
        sampleCount: 120,
      },
    ])
  })

  it('empty in, empty out', () => {
    expect(capPoints([])).toEqual([])
  })
})

describe('pickResolution', () => {
  it('raw up to 24h, hourly for 7d and 30d; at 1-minute polling capPoints brings each to <= 500', () => {
    expect(pickResolution('1h')).toBe('raw')
    expect(pickResolution('6h')).toBe('raw')
    expect(pickResolution('24h')).toBe('raw')
    expect(pickResolution('7d')).toBe('hour')
    expect(pickResolution('30d')).toBe('hour')
  })
})

describe('retentionPlan', () => {
  it('defaults: raw 7 days, hourly 30 days, delete after 365, on bucket boundaries (UTC)', () => {
    expect(retentionPlan('2026-03-31T15:42:10.123Z')).toEqual({
      hourlyRollupBefore: '2026-03-31T15:00:00.000Z',
      dailyRollupBefore: '2026-03-31T00:00:00.000Z',
      deleteRawBefore: '2026-03-24T15:00:00.000Z',
      deleteHourBefore: '2026-03-01T00:00:00.000Z',
      deleteBefore: '2025-03-31T00:00:00.000Z',
    })
  })

  it('configurable, and tiers nest (a shorter later tier is stretched)', () => {
    const plan = retentionPlan(Date.UTC(2026, 0, 10, 12), { rawDays: 2, hourDays: 1, deleteAfterDays: 1 })
    expect(plan.deleteRawBefore).toBe('2026-01-08T12:00:00.000Z')
    expect(plan.deleteHourBefore).toBe('2026-01-08T00:00:00.000Z')
    expect(plan.deleteBefore).toBe('2026-01-08T00:00:00.000Z')
  })
})
