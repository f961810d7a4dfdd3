import { describe, expect, it } from 'vitest'

import { partitionKey } from '@/features/consumer-groups/lib'
import { planRecordReads, recordReadKey, recordTimestamps } from '@/sync/activities/lag-check/record-reads'

const partitions = new Map([
  [partitionKey('orders', 0), { logStartOffset: 10, logEndOffset: 100 }],
  [partitionKey('orders', 1), { logStartOffset: 0, logEndOffset: 50 }],
  [partitionKey('payments', 0), { logStartOffset: 0, logEndOffset: 1_000 }],
])
const budget = { partitions: 100, bytes: 1_000_000, partitionBytes: 1_000 }

describe('planRecordReads', () => {
  it('reads each distinct lagging offset still in the log once, biggest lag first, and none caught up or below the log start', () => {
    const plan = planRecordReads({
      committed: [
        { topic: 'orders', partition: 0, offset: 40 }, // lag 60
        { topic: 'orders', partition: 0, offset: 40 }, // a second group at the same offset: one read
        { topic: 'orders', partition: 0, offset: 5 }, // below the log start: gone, not read
        { topic: 'orders', partition: 1, offset: 50 }, // caught up
        { topic: 'payments', partition: 0, offset: 900 }, // lag 100
        { topic: 'unknown', partition: 0, offset: 1 }, // not polled
      ],
      partitions,
      budget,
    })
    expect(plan).toEqual({
      rounds: [
        [
          { topic: 'payments', partition: 0, offset: 900 },
          { topic: 'orders', partition: 0, offset: 40 },
        ],
      ],
      wanted: 2,
      overBudget: 0,
    })
  })

  it('puts a second offset of the same partition into the next round (a Fetch names a partition once)', () => {
    const plan = planRecordReads({
      committed: [
        { topic: 'orders', partition: 0, offset: 90 },
        { topic: 'orders', partition: 0, offset: 20 },
        { topic: 'orders', partition: 1, offset: 0 },
      ],
      partitions,
      budget,
    })
    expect(plan.rounds).toEqual([
      [
        { topic: 'orders', partition: 0, offset: 20 },
        { topic: 'orders', partition: 1, offset: 0 },
      ],
      [{ topic: 'orders', partition: 0, offset: 90 }],
    ])
  })

  it('stops at the smaller of the partition and byte budgets, keeping the biggest lags', () => {
    const committed = [
      { topic: 'orders', partition: 0, offset: 99 }, // lag 1
      { topic: 'orders', partition: 1, offset: 10 }, // lag 40
      { topic: 'payments', partition: 0, offset: 0 }, // lag 1000
    ]
    const byBytes = planRecordReads({ committed, partitions, budget: { partitions: 10, bytes: 2_500, partitionBytes: 1_000 } })
    expect(byBytes.rounds.flat().map((r) => r.topic + r.partition)).toEqual(['payments0', 'orders1'])
    expect(byBytes.overBudget).toBe(1)
    const byCount = planRecordReads({ committed, partitions, budget: { partitions: 1, bytes: 1_000_000, partitionBytes: 1_000 } })
    expect(byCount.rounds).toEqual([[{ topic: 'payments', partition: 0, offset: 0 }]])
    expect(planRecordReads({ committed, partitions, budget: { ...budget, partitions: 0 } })).toEqual({ rounds: [], wanted: 3, overBudget: 3 })
  })
})

describe('recordTimestamps', () => {
  it('keys the found timestamps by partition and offset and counts the reads that found none', () => {
    const rounds = [
      [
        { topic: 'orders', partition: 0, offset: 40 },
        { topic: 'orders', partition: 1, offset: 3 },
      ],
      [{ topic: 'orders', partition: 0, offset: 60 }],
    ]
    const found = recordTimestamps(rounds, [{ offset: 41, timestamp: 1_000, timestampType: 'create' }, 'gone', 'unreadable'])
    expect([...found.timestamps]).toEqual([[recordReadKey('orders', 0, 40), 1_000]])
    expect([found.gone, found.unreadable]).toEqual([1, 1])
  })
})
