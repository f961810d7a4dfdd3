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
  it('reads each partition with lag once, with its distinct lagging offsets still in the log, biggest lag first', () => {
    const plan = planRecordReads({
      committed: [
        { topic: 'orders', partition: 0, offset: 40 }, // lag 60
        { topic: 'orders', partition: 0, offset: 40 }, // a second group at the same offset: dated once
        { topic: 'orders', partition: 0, offset: 20 }, // lag 80: the partition's biggest
        { topic: 'orders', partition: 0, offset: 5 }, // below the log start: gone, not read
        { topic: 'orders', partition: 1, offset: 50 }, // caught up
        { topic: 'payments', partition: 0, offset: 930 }, // lag 70
        { topic: 'unknown', partition: 0, offset: 1 }, // not polled
      ],
      partitions,
      budget,
    })
    expect(plan).toEqual({
      reads: [
        { topic: 'orders', partition: 0, offsets: [20, 40] },
        { topic: 'payments', partition: 0, offsets: [930] },
      ],
      wanted: 3,
      overBudget: 0,
    })
  })

  it('stops at the smaller of the partition and byte budgets, keeping the biggest lags, and counts the offsets left out', () => {
    const committed = [
      { topic: 'orders', partition: 0, offset: 99 }, // lag 1
      { topic: 'orders', partition: 0, offset: 98 }, // lag 2
      { topic: 'orders', partition: 1, offset: 10 }, // lag 40
      { topic: 'payments', partition: 0, offset: 0 }, // lag 1000
    ]
    const byBytes = planRecordReads({ committed, partitions, budget: { partitions: 10, bytes: 2_500, partitionBytes: 1_000 } })
    expect(byBytes.reads.map((r) => partitionKey(r.topic, r.partition))).toEqual(['payments-0', 'orders-1'])
    expect([byBytes.wanted, byBytes.overBudget]).toEqual([4, 2])
    const byCount = planRecordReads({ committed, partitions, budget: { partitions: 1, bytes: 1_000_000, partitionBytes: 1_000 } })
    expect(byCount.reads).toEqual([{ topic: 'payments', partition: 0, offsets: [0] }])
    expect(planRecordReads({ committed, partitions, budget: { ...budget, partitions: 0 } })).toEqual({ reads: [], wanted: 4, overBudget: 4 })
  })
})

describe('recordTimestamps', () => {
  it('keys the found timestamps by partition and offset and counts the offsets that found none or were not reached', () => {
    const reads = [
      { topic: 'orders', partition: 0, offsets: [40, 60] },
      { topic: 'orders', partition: 1, offsets: [3, 4] },
    ]
    const found = recordTimestamps(reads, [
      [{ offset: 41, timestamp: 1_000, timestampType: 'create' }, null],
      ['gone', 'unreadable'],
    ])
    expect([...found.timestamps]).toEqual([[recordReadKey('orders', 0, 40), 1_000]])
    expect([found.gone, found.unreadable, found.unreached]).toEqual([1, 1, 1])
  })
})
