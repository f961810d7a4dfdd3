import { describe, expect, it } from 'vitest'
import { estimateTimeToClear, lagTrend, nextLagTrend, TREND_BUCKET_MS } from '@/features/consumer-groups/lib'
import type { LagSample } from '@/features/consumer-groups/lib'

const MIN = 60_000
const series = (lags: (number | null)[], step = MIN, start = 0): LagSample[] => lags.map((totalLag, i) => ({ time: start + i * step, totalLag }))

describe('estimateTimeToClear', () => {
  it('lag / rate of decrease while catching up', () => {
    // Falling 100 per minute, 600 left: 6 minutes.
    expect(estimateTimeToClear(series([1000, 900, 800, 700, 600]))).toBeCloseTo(360)
  })

  it('uses only the recent samples (10 by default)', () => {
    const rising = Array.from({ length: 20 }, (_, i) => i * 100)
    const falling = Array.from({ length: 10 }, (_, i) => 1900 - (i + 1) * 50)
    // The last 10 samples fall 50 per minute to 1400: 28 minutes.
    expect(estimateTimeToClear(series([...rising, ...falling]))).toBeCloseTo(28 * 60)
    expect(estimateTimeToClear(series([...rising, ...falling]), { samples: 30 })).toBeNull()
  })

  it('null when not catching up: rising, flat, or a net increase despite a dip', () => {
    expect(estimateTimeToClear(series([100, 200, 300]))).toBeNull()
    expect(estimateTimeToClear(series([500, 500, 500]))).toBeNull()
    expect(estimateTimeToClear(series([100, 500, 50, 400, 120]))).toBeNull()
  })

  it('0 when the lag is already 0; null without enough known samples', () => {
    expect(estimateTimeToClear(series([50, 0]))).toBe(0)
    expect(estimateTimeToClear(series([50]))).toBeNull()
    expect(estimateTimeToClear(series([null, null]))).toBeNull()
    expect(estimateTimeToClear([])).toBeNull()
  })

  it('skips unknown samples and accepts unsorted input', () => {
    const s = series([1000, null, 800, 700])
    expect(estimateTimeToClear([...s].reverse())).toBeCloseTo(7 * 60)
  })
})

describe('lagTrend', () => {
  it('rising, falling and flat over the last hour', () => {
    expect(lagTrend(series([100, 200, 300, 400]))).toBe('rising')
    expect(lagTrend(series([400, 300, 200, 100]))).toBe('falling')
    expect(lagTrend(series([1000, 1010, 990, 1005]))).toBe('flat')
  })

  it('noise tolerance: within 5 % of the average, or 10 messages, is flat', () => {
    expect(lagTrend(series([0, 5, 2, 8]))).toBe('flat')
    expect(lagTrend(series([0, 0, 0, 0]))).toBe('flat')
    expect(lagTrend(series([10_000, 10_300]))).toBe('flat')
    expect(lagTrend(series([10_000, 10_600]))).toBe('rising')
  })

  it('only the hour before the newest sample counts', () => {
    const old = series([5000, 4000, 3000], MIN, 0)
    const recent = series([100, 200, 300], MIN, 2 * 3_600_000)
    expect(lagTrend([...old, ...recent])).toBe('rising')
  })

  it('unknown without two known samples in the hour', () => {
    expect(lagTrend([])).toBe('unknown')
    expect(lagTrend(series([100]))).toBe('unknown')
    expect(lagTrend(series([null, 100, null]))).toBe('unknown')
    expect(
      lagTrend([
        { time: 0, totalLag: 100 },
        { time: 2 * 3_600_000, totalLag: 900 },
      ]),
    ).toBe('unknown')
  })
})

describe('nextLagTrend', () => {
  const poll = (samples: LagSample[]) => {
    let points: LagSample[] = []
    let trend = 'unknown'
    for (const sample of samples) ({ points, trend } = nextLagTrend(points, sample))
    return { points, trend }
  }

  it('keeps the first sample of each 5-minute bucket of the last hour', () => {
    const { points } = poll(series(Array.from({ length: 120 }, (_, i) => i)))
    expect(points).toHaveLength(12)
    expect(points.every((p) => p.time % TREND_BUCKET_MS === 0)).toBe(true)
    expect(points[0]!.time).toBeGreaterThanOrEqual(119 * MIN - 3_600_000)
  })

  it('gives the same verdict as the full hour of one-minute polls', () => {
    const shapes = [
      Array.from({ length: 90 }, (_, i) => 1_000 + i * 40), // rising
      Array.from({ length: 90 }, (_, i) => 9_000 - i * 60), // falling
      Array.from({ length: 90 }, (_, i) => 5_000 + ((i * 37) % 11) - 5), // flat with noise
      Array.from({ length: 90 }, (_, i) => (i < 60 ? 50_000 - i * 500 : 20_000 + (i - 60) * 300)), // fell, now rising
    ]
    for (const lags of shapes) expect(poll(series(lags)).trend).toBe(lagTrend(series(lags)))
  })

  it('unknown until a second known sample, whatever the bucket', () => {
    expect(nextLagTrend([], { time: 0, totalLag: 5 }).trend).toBe('unknown')
    expect(poll(series([100, 400])).trend).toBe('rising')
  })
})
