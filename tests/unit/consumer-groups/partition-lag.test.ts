import { describe, expect, it } from 'vitest'
import { computePartitionLag, summarizeGroupLag } from '@/features/consumer-groups/lib'

const base = { topic: 'orders', partition: 0, logStartOffset: 100, logEndOffset: 500 }

describe('computePartitionLag', () => {
  it('lag = log end - committed', () => {
    expect(computePartitionLag({ ...base, committedOffset: 450 })).toMatchObject({ lag: 50, noCommit: false, belowLogStart: false })
  })

  it('a real lag of 0 stays 0', () => {
    expect(computePartitionLag({ ...base, committedOffset: 500 })).toMatchObject({ lag: 0, noCommit: false })
  })

  it('a commit ahead of the log end is caught up (0), never negative', () => {
    expect(computePartitionLag({ ...base, committedOffset: 510 }).lag).toBe(0)
  })

  it('no commit is null, not 0', () => {
    const lag = computePartitionLag({ ...base, committedOffset: null })
    expect(lag).toMatchObject({ lag: null, noCommit: true, belowLogStart: false, committedOffset: null })
  })

  it("Kafka's -1 'no offset' is no commit", () => {
    expect(computePartitionLag({ ...base, committedOffset: -1 })).toMatchObject({ lag: null, noCommit: true, committedOffset: null })
  })

  it('flags a commit below the log start (data deleted) and still reports its lag', () => {
    expect(computePartitionLag({ ...base, committedOffset: 40 })).toMatchObject({ lag: 460, belowLogStart: true })
    expect(computePartitionLag({ ...base, committedOffset: 100 }).belowLogStart).toBe(false)
  })

  it("takes the broker's own lag where it reports one (a share group: acknowledged records past the start offset do not count)", () => {
    expect(computePartitionLag({ ...base, committedOffset: 400, reportedLag: 13 })).toMatchObject({ committedOffset: 400, lag: 13, noCommit: false })
    expect(computePartitionLag({ ...base, committedOffset: null, reportedLag: 13 })).toMatchObject({ lag: null, noCommit: true })
  })

  it('keeps the identity and offsets', () => {
    expect(computePartitionLag({ ...base, partition: 3, committedOffset: 450 })).toMatchObject({
      topic: 'orders',
      partition: 3,
      committedOffset: 450,
      logStartOffset: 100,
      logEndOffset: 500,
    })
  })
})

describe('summarizeGroupLag', () => {
  const lag = (committedOffset: number | null, partition = 0) => computePartitionLag({ ...base, partition, committedOffset })

  it('sums and maxes committed partitions only, counting the others', () => {
    expect(summarizeGroupLag([lag(450, 0), lag(480, 1), lag(null, 2), lag(40, 3)])).toEqual({
      totalLag: 50 + 20 + 460,
      maxPartitionLag: 460,
      partitionsWithoutCommit: 1,
      partitionsBelowLogStart: 1,
    })
  })

  it('a group that is caught up everywhere has total 0, not null', () => {
    expect(summarizeGroupLag([lag(500, 0), lag(500, 1)])).toMatchObject({ totalLag: 0, maxPartitionLag: 0 })
  })

  it('0 lag plus a partition without commit is still 0', () => {
    expect(summarizeGroupLag([lag(500, 0), lag(null, 1)])).toMatchObject({ totalLag: 0, maxPartitionLag: 0, partitionsWithoutCommit: 1 })
  })

  it('null only when no partition has a commit (or there are none)', () => {
    expect(summarizeGroupLag([lag(null, 0), lag(null, 1)])).toEqual({
      totalLag: null,
      maxPartitionLag: null,
      partitionsWithoutCommit: 2,
      partitionsBelowLogStart: 0,
    })
    expect(summarizeGroupLag([])).toMatchObject({ totalLag: null, maxPartitionLag: null })
  })
})
