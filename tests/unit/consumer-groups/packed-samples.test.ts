import { describe, expect, it } from 'vitest'

import { downsample, packSample, packSamples, sampleHour, unpackRows, unpackSamples, type RawLagSample } from '@/features/consumer-groups/lib'

const HOUR = Date.UTC(2026, 0, 1, 12)
const sample = (minute: number, values: Partial<RawLagSample> = {}): RawLagSample => ({
  time: HOUR + minute * 60_000,
  totalLag: 100 + minute,
  maxPartitionLag: 40,
  lagSeconds: 2.125,
  memberCount: 3,
  state: 'Stable',
  ...values,
})

describe('packed raw lag samples', () => {
  it('packs a sample as its offset in the hour and its values, nulls as empty fields', () => {
    expect(packSample(sample(2))).toBe('120000,102,40,2.125,3,Stable;')
    expect(packSample(sample(0, { totalLag: null, maxPartitionLag: null, lagSeconds: null, memberCount: null, state: null }))).toBe('0,,,,,;')
  })

  it('unpacks exactly what was packed, including nulls, zeros and fractions', () => {
    const samples = [
      sample(0, { totalLag: 0, lagSeconds: 0 }),
      sample(1, { totalLag: null, maxPartitionLag: null, lagSeconds: null }),
      sample(59, { lagSeconds: 1 / 3, totalLag: 9_007_199_254_740_991 }),
    ]
    expect(unpackSamples(new Date(HOUR).toISOString(), packSamples(samples))).toEqual(samples)
  })

  it('keeps a state with separators intact', () => {
    const odd = sample(5, { state: 'Weird,state;100%' })
    expect(unpackSamples(HOUR, packSample(odd))).toEqual([odd])
  })

  it('keeps one sample per time, the last appended (a retried poll), oldest first', () => {
    const packed = packSample(sample(10)) + packSample(sample(3)) + packSample(sample(10, { totalLag: 7 }))
    expect(unpackSamples(HOUR, packed).map((s) => [s.time - HOUR, s.totalLag])).toEqual([
      [180_000, 103],
      [600_000, 7],
    ])
  })

  it('skips malformed entries instead of guessing', () => {
    expect(unpackSamples(HOUR, 'x,1,2,3,4,Stable;60000,5,5,1,1,Empty;1,2;;')).toEqual([
      { time: HOUR + 60_000, totalLag: 5, maxPartitionLag: 5, lagSeconds: 1, memberCount: 1, state: 'Empty' },
    ])
    expect(unpackSamples(HOUR, null)).toEqual([])
  })

  it('puts a sample in the hour row of its UTC hour', () => {
    expect(sampleHour(Date.UTC(2026, 0, 1, 12, 59, 59, 999))).toBe(HOUR)
    expect(sampleHour('2026-01-01T13:00:00.000Z')).toBe(HOUR + 3_600_000)
  })

  it('reads several hour rows as one series cut to [since, before)', () => {
    const next = HOUR + 3_600_000
    const rows = [
      { timestamp: new Date(next).toISOString(), samples: packSamples([sample(60), sample(61)]) },
      { timestamp: new Date(HOUR).toISOString(), samples: packSamples([sample(58), sample(59)]) },
    ]
    expect(unpackRows(rows, HOUR + 59 * 60_000, next + 60_000).map((s) => s.totalLag)).toEqual([159, 160])
  })

  it('rolls up to the same hour point whether read packed or as one row per poll', () => {
    const samples = [sample(0), sample(30, { totalLag: 500 }), sample(59, { totalLag: null })]
    const perPoll = samples.map((s) => ({ timestamp: s.time, totalLag: s.totalLag, maxPartitionLag: s.maxPartitionLag, lagSeconds: s.lagSeconds }))
    const packed = unpackSamples(HOUR, packSamples(samples)).map((s) => ({
      timestamp: s.time,
      totalLag: s.totalLag,
      maxPartitionLag: s.maxPartitionLag,
      lagSeconds: s.lagSeconds,
    }))
    expect(downsample(packed, 'hour')).toEqual(downsample(perPoll, 'hour'))
  })
})
