import { describe, expect, it } from 'vitest'
import { addPoint, createTimeLagTable, estimateTimeLag, groupTimeLag } from '@/features/consumer-groups/lib'
import type { OffsetTimePoint, TimeLagTable } from '@/features/consumer-groups/lib'

const table = (points: OffsetTimePoint[], limit = 60): TimeLagTable => points.reduce((t, p) => addPoint(t, p), createTimeLagTable(limit))

describe('addPoint', () => {
  it('appends points and never mutates the table it was given', () => {
    const empty = createTimeLagTable()
    const one = addPoint(empty, { offset: 10, time: 1000 })
    expect(empty.points).toEqual([])
    expect(one).toEqual({ limit: 60, points: [{ offset: 10, time: 1000 }] })
  })

  it('defaults to 60 points and stays JSON-serialisable', () => {
    const t = table([
      { offset: 1, time: 1 },
      { offset: 2, time: 2 },
    ])
    expect(t.limit).toBe(60)
    expect(JSON.parse(JSON.stringify(t))).toEqual(t)
  })

  it('a flat run keeps only its first and last point', () => {
    const t = table([
      { offset: 100, time: 1000 },
      { offset: 200, time: 2000 },
      { offset: 200, time: 3000 },
      { offset: 200, time: 4000 },
      { offset: 200, time: 5000 },
    ])
    expect(t.points).toEqual([
      { offset: 100, time: 1000 },
      { offset: 200, time: 2000 },
      { offset: 200, time: 5000 },
    ])
    expect(addPoint(t, { offset: 250, time: 6000 }).points).toHaveLength(4)
  })

  it('is bounded: the oldest point drops out at the limit', () => {
    const t = table(
      Array.from({ length: 8 }, (_, i) => ({ offset: i * 10, time: i * 1000 })),
      5,
    )
    expect(t.points.map((p) => p.offset)).toEqual([30, 40, 50, 60, 70])
  })

  it('ignores points out of time order or with a lower offset (kafka-lag-exporter does too)', () => {
    const t = table([
      { offset: 100, time: 1000 },
      { offset: 200, time: 2000 },
    ])
    expect(addPoint(t, { offset: 300, time: 2000 })).toBe(t)
    expect(addPoint(t, { offset: 300, time: 1500 })).toBe(t)
    expect(addPoint(t, { offset: 150, time: 3000 })).toBe(t)
  })

  it('a limit below 2 is raised to 2 (the least that can interpolate)', () => {
    expect(createTimeLagTable(1).limit).toBe(2)
  })
})

describe('estimateTimeLag', () => {
  // Log end 0 at t=0 s, 100 at 10 s, 300 at 20 s, 400 at 30 s.
  const t = table([
    { offset: 0, time: 0 },
    { offset: 100, time: 10_000 },
    { offset: 300, time: 20_000 },
    { offset: 400, time: 30_000 },
  ])

  it('unknown with fewer than two points', () => {
    expect(estimateTimeLag(createTimeLagTable(), 5, 1000)).toBeNull()
    expect(estimateTimeLag(table([{ offset: 100, time: 1000 }]), 50, 5000)).toBeNull()
  })

  it('0 at (or beyond) the newest log end, even with one point', () => {
    expect(estimateTimeLag(t, 400, 40_000)).toBe(0)
    expect(estimateTimeLag(t, 450, 40_000)).toBe(0)
    expect(estimateTimeLag(table([{ offset: 100, time: 1000 }]), 100, 5000)).toBe(0)
  })

  it('interpolates between the adjacent points that bracket the offset', () => {
    // 200 lies halfway between (100, 10 s) and (300, 20 s): written at 15 s.
    expect(estimateTimeLag(t, 200, 40_000)).toBeCloseTo(25)
    // 350 is between (300, 20 s) and (400, 30 s): 25 s.
    expect(estimateTimeLag(t, 350, 40_000)).toBeCloseTo(15)
    // An exact point: its time.
    expect(estimateTimeLag(t, 100, 40_000)).toBeCloseTo(30)
  })

  it('extrapolates from the oldest and newest points when nothing brackets the offset', () => {
    const recent = table([
      { offset: 1000, time: 100_000 },
      { offset: 2000, time: 200_000 },
    ])
    // Slope 100 ms per offset: offset 500 was written at 50 s.
    expect(estimateTimeLag(recent, 500, 250_000)).toBeCloseTo(200)
    const curved = table([
      { offset: 1000, time: 0 },
      { offset: 1100, time: 10_000 },
      { offset: 3000, time: 20_000 },
    ])
    // Oldest-to-newest line (not the oldest pair): 2000 offsets in 20 s, so 900 is 1 s before 0.
    expect(estimateTimeLag(curved, 900, 20_000)).toBeCloseTo(21)
  })

  it('uses the flat run correctly: an offset at a flat level is dated by the run end', () => {
    const flat = table([
      { offset: 100, time: 0 },
      { offset: 200, time: 10_000 },
      { offset: 200, time: 50_000 },
      { offset: 300, time: 60_000 },
    ])
    // 200 brackets (200@50 s, 300@60 s) first (newest pair first): written at 50 s.
    expect(estimateTimeLag(flat, 200, 70_000)).toBeCloseTo(20)
    // 150 is between 100@0 and 200@10 s.
    expect(estimateTimeLag(flat, 150, 70_000)).toBeCloseTo(65)
  })

  it('guards division by zero: an all-flat table cannot extrapolate (unknown)', () => {
    const flat = table([
      { offset: 500, time: 0 },
      { offset: 500, time: 10_000 },
    ])
    expect(estimateTimeLag(flat, 400, 20_000)).toBeNull()
  })

  it('never negative', () => {
    expect(estimateTimeLag(t, 350, 0)).toBe(0)
  })
})

describe('groupTimeLag', () => {
  it('is the worst partition, skipping unknowns', () => {
    expect(groupTimeLag([1.5, null, 30, 0])).toBe(30)
    expect(groupTimeLag([0, 0])).toBe(0)
    expect(groupTimeLag([null])).toBeNull()
    expect(groupTimeLag([])).toBeNull()
  })
})
