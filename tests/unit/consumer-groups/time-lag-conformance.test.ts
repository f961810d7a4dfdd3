import { describe, expect, it } from 'vitest'
import { addPoint, createTimeLagTable, estimateTimeLag } from '@/features/consumer-groups/lib'
import type { TimeLagTable } from '@/features/consumer-groups/lib'

// kafka-lag-exporter's own lookup-table cases (seglo/kafka-lag-exporter, LookupTableSpec,
// "MemoryTable"), restated as data. Its lookup returns the predicted write time; ours returns
// seconds of lag at `now`, so the predicted time is recovered as now - seconds * 1000.
const NOW = 1_000_000
const build = (limit: number, points: [number, number][]): TimeLagTable =>
  points.reduce((t, [offset, time]) => addPoint(t, { offset, time }), createTimeLagTable(limit))
const predicted = (table: TimeLagTable, offset: number): number | null => {
  const seconds = estimateTimeLag(table, offset, NOW)
  return seconds === null ? null : NOW - seconds * 1000
}

describe("kafka-lag-exporter's lookup-table cases", () => {
  it('invalid and out-of-order points are skipped; one point is too few', () => {
    const t = build(10, [
      [100, 100],
      [110, 90],
      [90, 110],
      [0, 0],
      [110, -1],
      [-1, 110],
      [-1, -1],
    ])
    expect(t.points).toEqual([{ offset: 100, time: 100 }])
    expect(estimateTimeLag(createTimeLagTable(10), 0, NOW)).toBeNull()
    expect(estimateTimeLag(t, 0, NOW)).toBeNull()
  })

  it('square lookups (offset = time): interpolation and extrapolation below the table', () => {
    const t = build(10, [
      [100, 100],
      [200, 200],
    ])
    for (const offset of [150, 190, 110, 10, 0, 100]) expect(predicted(t, offset)).toBeCloseTo(offset, 9)
    // kafka-lag-exporter also extrapolates above the newest point (300 -> 300); we report 0 lag there.
    expect(estimateTimeLag(t, 300, NOW)).toBe(0)
  })

  it('flat sections compress, and an offset at a flat level is dated by the right-hand end', () => {
    let t = build(10, [
      [100, 30],
      [200, 60],
      [200, 120],
      [200, 700],
    ])
    expect(t.points).toHaveLength(3)
    t = [
      [300, 730],
      [300, 9000],
      [400, 9030],
    ].reduce((acc, [offset, time]) => addPoint(acc, { offset: offset!, time: time! }), t)
    const expected: [number, number][] = [
      [199, 59.7],
      [200, 700],
      [201, 700.3],
      [250, 715],
      [299, 729.7],
      [300, 9000],
      [301, 9000.3],
    ]
    for (const [offset, time] of expected) expect(predicted(t, offset)).toBeCloseTo(time, 6)
  })

  it('lag is zero at the newest offset, also for a flat table and a single point', () => {
    expect(
      estimateTimeLag(
        build(5, [
          [0, 0],
          [0, 100],
        ]),
        0,
        NOW,
      ),
    ).toBe(0)
    expect(estimateTimeLag(build(5, [[0, 100]]), 0, NOW)).toBe(0)
  })

  it('a flat table keeps first and last points; kafka-lag-exporter predicts +-Infinity there, we say unknown/0', () => {
    const t = build(10, [
      [100, 100],
      [100, 200],
      [100, 300],
      [100, 400],
    ])
    expect(t.points).toEqual([
      { offset: 100, time: 100 },
      { offset: 100, time: 400 },
    ])
    expect(estimateTimeLag(t, 99, NOW)).toBeNull()
    expect(estimateTimeLag(t, 101, NOW)).toBe(0)
  })

  it('normal case: the table truncates to its size, different rates', () => {
    const t = build(5, [
      [-2, -2],
      [-1, -1],
      [0, 0],
      [10, 1],
      [200, 2],
      [3000, 3],
      [40000, 4],
    ])
    expect(t.points.map((p) => p.offset)).toEqual([0, 10, 200, 3000, 40000])
    const expected: [number, number][] = [
      [1600, 2.5],
      [0, 0],
      [1, 0.1],
      [9, 0.9],
      [10, 1],
      [200, 2],
      [2999, 2.9996428571428573],
      [3000, 3],
      [3001, 3.000027027027027],
      [-10000, -1],
    ]
    for (const [offset, time] of expected) expect(predicted(t, offset)).toBeCloseTo(time, 6)
    expect(estimateTimeLag(t, 40000, NOW)).toBe(0)
  })
})
