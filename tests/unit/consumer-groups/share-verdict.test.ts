import { describe, expect, it } from 'vitest'

import {
  appendShareSlot,
  candidateVerdict,
  DEFAULT_BURROW_CONFIG,
  DEFAULT_VERDICT_SETTINGS,
  evaluatePartitionStatus,
  sharePartitionVerdict,
  shareProgressed,
  type WindowSlot,
} from '@/features/consumer-groups/lib'

const INTERVAL = 30_000
const T0 = Date.UTC(2026, 0, 1, 12)

/** Per-poll (start offset, broker lag) pairs from the two series. */
const polls = (startOffsets: number[], lags: number[]) => startOffsets.map((offset, i): [number, number] => [offset, lags[i]!])
/** A share partition's window from per-poll (start offset, broker lag) pairs, one poll every 30 s. */
function windowOf(polls: readonly [startOffset: number, lag: number][]): { window: WindowSlot[]; now: number } {
  let window: WindowSlot[] = []
  polls.forEach(([startOffset, lag], i) => {
    window = appendShareSlot(window, { startOffset, lag, time: T0 + i * INTERVAL }, DEFAULT_BURROW_CONFIG.windowSize)
  })
  return { window, now: T0 + (polls.length - 1) * INTERVAL }
}
/** The product's falling-behind window, and a short one the 30 s polls below cover half of in 4 intervals. */
const TEN_MIN = DEFAULT_VERDICT_SETTINGS.fallingBehindWindowMs
const FOUR_MIN = 4 * 60_000
function judge(polls: readonly [number, number][], { hasMember = true, fallingBehindWindowMs = TEN_MIN } = {}) {
  const { window, now } = windowOf(polls)
  const lag = polls[polls.length - 1]![1]
  return sharePartitionVerdict({ window, lag, hasMember, now, intervalMs: INTERVAL, allowedLag: 0, fallingBehindWindowMs })
}
/** Five polls of a member that acknowledges 5 records per poll while 20 arrive: the lag grows 15 per 30 s. */
const GROWING = polls([0, 5, 10, 15, 20], [10, 25, 40, 55, 70])

describe('appendShareSlot', () => {
  it('appends a slot on every poll, unchanged ones too, keeping the last windowSize', () => {
    let window: WindowSlot[] = []
    for (let i = 0; i < 12; i++) window = appendShareSlot(window, { startOffset: 0, lag: 13, time: i }, 10)
    expect(window.map((s) => s.timestamp)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(window[0]).toEqual({ offset: 0, timestamp: 2, lag: 13 })
  })

  it('appends nothing while the share partition has no start offset', () => {
    expect(appendShareSlot([], { startOffset: null, lag: null, time: 1 }, 10)).toEqual([])
  })
})

describe('shareProgressed', () => {
  it('counts a start offset moving forward or the lag falling between two polls, nothing else', () => {
    expect(shareProgressed(windowOf(polls([0, 0, 0], [13, 13, 13])).window)).toBe(false)
    expect(shareProgressed(windowOf(polls([0, 0, 0], [13, 14, 20])).window)).toBe(false)
    expect(shareProgressed(windowOf(polls([0, 0, 0], [13, 12, 20])).window)).toBe(true)
    expect(shareProgressed(windowOf(polls([0, 7], [13, 13])).window)).toBe(true)
  })
})

describe('sharePartitionVerdict', () => {
  it('a caught-up share group whose start offset stayed at 0 is OK; Burrow on the same offsets says STALL', () => {
    // 20 records, all acknowledged; the broker persisted the start offset before the last acknowledgement moved it.
    const { window, now } = windowOf(polls([0, 0, 0, 0], [0, 0, 0, 0]))
    const judged = sharePartitionVerdict({ window, lag: 0, hasMember: true, now, intervalMs: INTERVAL, allowedLag: 0, fallingBehindWindowMs: TEN_MIN })
    expect(judged).toEqual({
      status: 'ok',
      verdict: { status: 'ok', rule: 'share_caught_up', reason: "lag 0 by the broker's count (start offset 0)" },
    })
    // Burrow's lag is log end minus committed offset: 20 - 0, unchanged over the window with a member assigned.
    const burrowWindow = window.map((s) => ({ ...s, lag: 20 }))
    expect(evaluatePartitionStatus(burrowWindow, [20, 20, 20, 20], DEFAULT_BURROW_CONFIG, now)).toBe('stall')
  })

  it('a consuming share group with a lazily persisted start offset is OK: its lag falls between polls', () => {
    // A producer adds records, the member acknowledges them; the persisted start offset stays at 0.
    expect(judge(polls([0, 0, 0, 0, 0], [13, 6, 9, 2, 5]))).toEqual({
      status: 'ok',
      verdict: { status: 'ok', rule: 'share_progressing', reason: 'lag 5, records being completed (start offset 0, 5 poll(s) over 120 s)' },
    })
  })

  it('a share group whose lag grows with members present is falling behind, with the fitted rate', () => {
    // It acknowledges (the start offset moves by 5 per poll) but the lag grows by 15 per 30 s: +30 per minute.
    expect(judge(GROWING, { fallingBehindWindowMs: FOUR_MIN })).toEqual({
      status: 'warn',
      verdict: {
        status: 'warn',
        rule: 'share_lag_rising',
        reason: 'lag rising by 30 messages per minute over 5 poll(s) over 120 s (now 70) with members assigned',
      },
    })
  })

  it('a rising lag with dips between polls still rises (a fitted line, not "never decreased")', () => {
    const dips = polls([0, 5, 10, 15, 20], [10, 40, 30, 70, 60])
    expect(judge(dips, { fallingBehindWindowMs: FOUR_MIN }).verdict.rule).toBe('share_lag_rising')
  })

  it('does not call a rise before the polls span half the falling-behind window (2 of 10 minutes here)', () => {
    expect(judge(GROWING).verdict).toEqual({
      status: 'ok',
      rule: 'share_progressing',
      reason: 'lag 70, records being completed (start offset 20, 5 poll(s) over 120 s)',
    })
  })

  it('is OK while the lag was 0 at a poll in the window, as Burrow is (it was keeping up)', () => {
    expect(judge(polls([20, 20, 20, 20], [0, 0, 5, 10])).verdict).toEqual({
      status: 'ok',
      rule: 'share_progressing',
      reason: 'lag 10, caught up 60 s ago (lag 0 then)',
    })
  })

  it('no member and lag > 0 is the stopped rule once the window can tell', () => {
    expect(judge(polls([7, 7, 7], [13, 13, 13]), { hasMember: false })).toEqual({
      status: 'stop',
      verdict: { status: 'stop', rule: 'share_stopped', reason: 'no member is assigned this partition while 13 records wait (start offset 7)' },
    })
  })

  it('members present but no record completed over the window is stalled (the measured ShareConsumerApp case)', () => {
    expect(judge(polls([0, 0, 0], [13, 13, 13]))).toEqual({
      status: 'stall',
      verdict: {
        status: 'stall',
        rule: 'share_stalled',
        reason: 'start offset stuck at 0 and lag never fell (13 → 13) over 3 poll(s) over 60 s with members assigned',
      },
    })
  })

  it('is warming up while the window spans fewer than two intervals, stopped or stalled alike', () => {
    const one = judge(polls([0], [13]), { hasMember: false })
    expect(one).toEqual({
      status: 'stop',
      verdict: {
        status: 'warming',
        rule: 'warming_up',
        reason: 'warming up: 1 poll(s) over 0 s, two intervals needed to tell a stopped or stalled share partition (lag 13)',
      },
    })
    expect(judge(polls([0, 0], [13, 13])).verdict.rule).toBe('warming_up')
  })

  it('has no verdict without a start offset', () => {
    expect(sharePartitionVerdict({ window: [], lag: null, hasMember: true, now: T0, intervalMs: null, allowedLag: 0, fallingBehindWindowMs: TEN_MIN })).toEqual(
      {
        status: null,
        verdict: { status: null, rule: 'no_commit', reason: 'no start offset on this share partition' },
      },
    )
  })
})

describe('candidateVerdict of a share group', () => {
  const at = (p: number, polls: [number, number][]) => ({ ...judge(polls, { fallingBehindWindowMs: FOUR_MIN }).verdict, topic: 't', partition: p })
  const samples = [{ time: T0, totalLag: 5, lagSeconds: 1 }]

  it('is OK by the share rules, progressing when a partition is', () => {
    const caughtUp = at(0, polls([0, 0, 0], [0, 0, 0]))
    const progressing = at(1, polls([0, 0, 0], [13, 6, 5]))
    expect(candidateVerdict([caughtUp, progressing], samples, DEFAULT_VERDICT_SETTINGS)).toEqual({
      status: 'ok',
      rule: 'share_progressing',
      reason: "all 2 partition(s) OK by the share-group rules (the broker's lag), lag not clearly rising",
    })
    expect(candidateVerdict([caughtUp], samples, DEFAULT_VERDICT_SETTINGS).rule).toBe('share_caught_up')
  })

  it('carries the share rule of a warning or an error partition to the group', () => {
    const rising = at(0, GROWING)
    const stalled = at(1, polls([0, 0, 0], [13, 13, 13]))
    expect(candidateVerdict([rising], samples, DEFAULT_VERDICT_SETTINGS)).toMatchObject({ status: 'warn', rule: 'share_lag_rising' })
    expect(candidateVerdict([rising, stalled], samples, DEFAULT_VERDICT_SETTINGS)).toMatchObject({
      status: 'err',
      rule: 'share_stalled',
      reason: expect.stringMatching(/^t\[1\]: start offset stuck at 0/),
    })
  })
})
