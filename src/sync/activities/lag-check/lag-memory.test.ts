import { describe, expect, it } from 'vitest'

import { DEFAULT_CLEAR_TIME_SAMPLES } from '@/features/consumer-groups/lib'

import { keepRecent, LagMemory } from '@/sync/activities/lag-check/lag-memory'

const windows = [{ topic: 't', partition: 0, window: [{ offset: 5, timestamp: 1_000, lag: 2 }] }]

describe('LagMemory', () => {
  it('serves a group only while the stored lagCheckedAt is the one this worker wrote', () => {
    const memory = new LagMemory()
    const next = memory.forCluster(1).next(60_000, 600_000)
    next.set(7, windows, [], { time: 60_000, totalLag: 3, lagSeconds: null }, [])
    expect(memory.forCluster(1).isCurrent(7, 60_000)).toBe(false) // not committed yet: the store may still fail
    memory.commit(1, next)
    const cluster = memory.forCluster(1)
    expect(cluster.isCurrent(7, 60_000)).toBe(true)
    expect(cluster.get(7)).toMatchObject({ windows, samples: [{ time: 60_000, totalLag: 3, lagSeconds: null }] })
    expect(cluster.isCurrent(7, 61_000)).toBe(false) // another worker (or a manual run) wrote since
    expect(cluster.isCurrent(8, 60_000)).toBe(false)
    expect(memory.forCluster(2).isCurrent(7, 60_000)).toBe(false)
  })

  it('drops groups a cycle no longer checks', () => {
    const memory = new LagMemory()
    const first = memory.forCluster(1).next(1_000, 600_000)
    first.set(7, windows, [], { time: 1_000, totalLag: 1, lagSeconds: null }, [])
    first.set(8, windows, [], { time: 1_000, totalLag: 1, lagSeconds: null }, [])
    memory.commit(1, first)
    const second = memory.forCluster(1).next(2_000, 600_000)
    second.set(7, windows, memory.forCluster(1).get(7)!.samples, { time: 2_000, totalLag: 0, lagSeconds: null }, [])
    memory.commit(1, second)
    expect(memory.forCluster(1).get(8)).toBeUndefined()
    expect(
      memory
        .forCluster(1)
        .get(7)!
        .samples.map((s) => s.totalLag),
    ).toEqual([1, 0])
  })
})

describe('keepRecent', () => {
  it('keeps the newest samples inside the lookback, no more than the estimate reads', () => {
    const samples = Array.from({ length: 15 }, (_, i) => ({ time: i * 1_000, totalLag: i }))
    expect(keepRecent(samples, 0)).toHaveLength(DEFAULT_CLEAR_TIME_SAMPLES)
    expect(keepRecent(samples, 0).at(-1)).toEqual({ time: 14_000, totalLag: 14 })
    expect(keepRecent(samples, 12_000).map((s) => s.totalLag)).toEqual([12, 13, 14])
  })
})
