import { describe, expect, it } from 'vitest'

import { addPoint, createTimeLagTable, partitionTimeLag, worstTimeLagMethod } from '@/features/consumer-groups/lib'

const NOW = Date.UTC(2026, 0, 1, 12)
// The log end was at 100 a minute ago and at 200 now: offset 150 was written 30 s ago by the table.
const table = addPoint(addPoint(createTimeLagTable(), { offset: 100, time: NOW - 60_000 }), { offset: 200, time: NOW })

describe('partitionTimeLag', () => {
  it('is now minus the record timestamp when the record was read, whatever the table says', () => {
    expect(partitionTimeLag({ committedOffset: 150, lag: 50, recordTimestamp: NOW - 42_500, table, now: NOW })).toEqual({
      lagSeconds: 42.5,
      lagSecondsMethod: 'record',
      lagSecondsClamped: false,
    })
  })

  it('knows the value on the first poll (an empty table) from the record alone', () => {
    expect(partitionTimeLag({ committedOffset: 5, lag: 3, recordTimestamp: NOW - 7_000, table: createTimeLagTable(), now: NOW }).lagSeconds).toBe(7)
  })

  it('clamps a record from the future to 0 and flags it', () => {
    expect(partitionTimeLag({ committedOffset: 150, lag: 50, recordTimestamp: NOW + 5_000, table, now: NOW })).toEqual({
      lagSeconds: 0,
      lagSecondsMethod: 'record',
      lagSecondsClamped: true,
    })
  })

  it('falls back to the table without a record, saying whether it interpolated or extrapolated', () => {
    expect(partitionTimeLag({ committedOffset: 150, lag: 50, recordTimestamp: null, table, now: NOW })).toEqual({
      lagSeconds: 30,
      lagSecondsMethod: 'interpolated',
      lagSecondsClamped: false,
    })
    // Offset 50 predates the oldest poll: along the line 100 offsets per minute, 90 s ago.
    expect(partitionTimeLag({ committedOffset: 50, lag: 150, recordTimestamp: null, table, now: NOW })).toEqual({
      lagSeconds: 90,
      lagSecondsMethod: 'extrapolated',
      lagSecondsClamped: false,
    })
    expect(partitionTimeLag({ committedOffset: 5, lag: 3, recordTimestamp: null, table: createTimeLagTable(), now: NOW })).toEqual({
      lagSeconds: null,
      lagSecondsMethod: null,
      lagSecondsClamped: false,
    })
  })

  it('is 0 without a method when caught up, and unknown without a commit', () => {
    expect(partitionTimeLag({ committedOffset: 200, lag: 0, recordTimestamp: null, table, now: NOW })).toEqual({
      lagSeconds: 0,
      lagSecondsMethod: null,
      lagSecondsClamped: false,
    })
    expect(partitionTimeLag({ committedOffset: null, lag: null, recordTimestamp: null, table, now: NOW })).toEqual({
      lagSeconds: null,
      lagSecondsMethod: null,
      lagSecondsClamped: false,
    })
  })
})

describe('worstTimeLagMethod', () => {
  it("is the method of the partition with the largest time lag, and whether any partition's was clamped", () => {
    expect(
      worstTimeLagMethod([
        { lagSeconds: 12, lagSecondsMethod: 'record', lagSecondsClamped: false },
        { lagSeconds: 40, lagSecondsMethod: 'interpolated', lagSecondsClamped: false },
        { lagSeconds: 0, lagSecondsMethod: 'record', lagSecondsClamped: true },
        { lagSeconds: null, lagSecondsMethod: null },
      ]),
    ).toEqual({ method: 'interpolated', anyClamped: true })
    expect(worstTimeLagMethod([{ lagSeconds: 3 }])).toEqual({ method: null, anyClamped: false })
    expect(worstTimeLagMethod([])).toEqual({ method: null, anyClamped: false })
  })
})
