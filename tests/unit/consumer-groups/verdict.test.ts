import { describe, expect, it } from 'vitest'

import {
  candidateVerdict,
  DEFAULT_VERDICT_SETTINGS,
  evaluateGroupVerdict,
  fallingBehind,
  partitionVerdict,
  stabilize,
  windowCanTell,
  type PartitionVerdict,
  type Verdict,
  type VerdictSample,
} from '@/features/consumer-groups/lib'

const MIN = 60_000
const TEN_MIN = 10 * MIN
/** Eleven one-minute polls: lag 100 + 50 i messages, time lag 10 + 30 i seconds (i = 0..10). */
const rising = (dipAt?: number): VerdictSample[] =>
  Array.from({ length: 11 }, (_, i) => ({ time: i * MIN, totalLag: 100 + 50 * i - (i === dipAt ? 40 : 0), lagSeconds: 10 + 30 * i }))
const slot = (offset: number, timestamp: number, lag: number) => ({ offset, timestamp, lag })
const partition = (verdict: PartitionVerdict, p = 0) => ({ ...verdict, topic: 't', partition: p })
const OK: PartitionVerdict = { status: 'ok', rule: 'burrow_ok', reason: 'lag 0' }

describe('fallingBehind', () => {
  it('fits the window: +50 messages and +30 s per minute, even with a dip between polls', () => {
    expect(fallingBehind(rising(), TEN_MIN)).toEqual({ messagesPerMinute: 50, secondsPerMinute: 30, windowMinutes: 10 })
    // A dip at the middle poll (t = mean time) has no leverage on the slope: the same rates.
    expect(fallingBehind(rising(5), TEN_MIN)).toEqual({ messagesPerMinute: 50, secondsPerMinute: 30, windowMinutes: 10 })
  })

  it('is not falling behind when a bursty lag alternates around a level (slope 0)', () => {
    const samples = Array.from({ length: 11 }, (_, i) => ({ time: i * MIN, totalLag: i % 2 ? 60 : 100, lagSeconds: i % 2 ? 6 : 10 }))
    expect(fallingBehind(samples, TEN_MIN)).toBeNull()
  })

  it('needs the rise above max(10 messages, 5 % of the mean) and time lag rising too', () => {
    // +5 messages over 10 minutes: under the 10-message floor.
    expect(
      fallingBehind(
        rising().map((s, i) => ({ ...s, totalLag: 100 + i / 2 })),
        TEN_MIN,
      ),
    ).toBeNull()
    // 10,000 + 40 i: rises 400, under 5 % of the mean 10,200 (510).
    expect(
      fallingBehind(
        rising().map((s, i) => ({ ...s, totalLag: 10_000 + 40 * i })),
        TEN_MIN,
      ),
    ).toBeNull()
    // Messages rise but the time lag is flat: the consumer keeps up with a faster producer.
    expect(
      fallingBehind(
        rising().map((s) => ({ ...s, lagSeconds: 10 })),
        TEN_MIN,
      ),
    ).toBeNull()
  })

  it('needs 3 known samples spanning at least half the window', () => {
    expect(fallingBehind(rising().slice(0, 5), TEN_MIN)).toBeNull() // 4 minutes of 10
    expect(fallingBehind(rising().slice(0, 6), TEN_MIN)).toEqual({ messagesPerMinute: 50, secondsPerMinute: 30, windowMinutes: 10 })
    expect(fallingBehind(rising().slice(0, 2), 2 * MIN)).toBeNull() // two samples only
  })
})

describe('windowCanTell and partitionVerdict', () => {
  it('tells STOP or STALL only with two polls spanning two intervals', () => {
    expect(windowCanTell([slot(5, 0, 7)], 0, null)).toBe(false) // first poll
    expect(windowCanTell([slot(5, 0, 7)], MIN, MIN)).toBe(false) // two polls, one interval
    expect(windowCanTell([slot(5, 0, 7)], 2 * MIN, MIN)).toBe(true) // member-less: first slot and now
    expect(windowCanTell([slot(5, 0, 7), slot(5, MIN, 9)], MIN, MIN)).toBe(false)
    expect(windowCanTell([slot(5, 0, 7), slot(5, MIN, 9), slot(5, 2 * MIN, 11)], 2 * MIN, MIN)).toBe(true)
  })

  it('says warming up instead of the first poll’s STALL, and Burrow’s status once it can tell', () => {
    const first = partitionVerdict({ burrowStatus: 'stall', window: [slot(5, 0, 7)], now: 0, intervalMs: null, lag: 7 })
    expect(first).toMatchObject({ status: 'warming', rule: 'warming_up' })
    expect(first.reason).toContain('1 poll(s) over 0 s')
    const stalled = [slot(5, 0, 7), slot(5, MIN, 9), slot(5, 2 * MIN, 11)]
    expect(partitionVerdict({ burrowStatus: 'stall', window: stalled, now: 2 * MIN, intervalMs: MIN, lag: 11 })).toEqual({
      status: 'stall',
      rule: 'burrow_stall',
      reason: 'committed offset stuck at 5 over 3 polls with lag 11',
    })
    expect(partitionVerdict({ burrowStatus: 'stop', window: [slot(5, 0, 7)], now: 2 * MIN, intervalMs: MIN, lag: 20 })).toMatchObject({
      rule: 'burrow_stop',
      reason: 'no commit for 120 s while the log moved on (lag 20)',
    })
    // REWIND and WARN need no warm-up: the window shows them already.
    expect(partitionVerdict({ burrowStatus: 'rewind', window: [slot(9, 0, 1), slot(3, MIN, 7)], now: MIN, intervalMs: MIN, lag: 7 }).rule).toBe('burrow_rewind')
    expect(partitionVerdict({ burrowStatus: null, window: [], now: 0, intervalMs: null, lag: null })).toMatchObject({ status: null, rule: 'no_commit' })
  })
})

describe('candidateVerdict', () => {
  const settings = DEFAULT_VERDICT_SETTINGS
  const stall: PartitionVerdict = { status: 'stall', rule: 'burrow_stall', reason: 'stuck' }
  const warn: PartitionVerdict = { status: 'warn', rule: 'burrow_warn', reason: 'rose' }
  const warming: PartitionVerdict = { status: 'warming', rule: 'warming_up', reason: 'warming up' }

  it('orders the rules: no commit, Burrow’s errors, falling behind, Burrow’s warning, warming up, OK', () => {
    expect(candidateVerdict([], [], settings)).toMatchObject({ status: 'unknown', rule: 'no_commit' })
    expect(candidateVerdict([partition(OK), partition(stall, 1)], rising(), settings)).toEqual({
      status: 'err',
      rule: 'burrow_stall',
      reason: 't[1]: stuck',
    })
    expect(candidateVerdict([partition(OK), partition(warn, 1)], rising(5), settings)).toEqual({
      status: 'warn',
      rule: 'falling_behind',
      reason: '+30 s of lag per minute, +50 messages per minute over the last 10 min (now 600 messages, 310 s behind)',
    })
    expect(candidateVerdict([partition(warn), partition(warn, 1)], [], settings)).toEqual({
      status: 'warn',
      rule: 'burrow_warn',
      reason: 't[0]: rose (2 of 2 partitions)',
    })
    expect(candidateVerdict([partition(OK), partition(warming, 1)], [], settings)).toMatchObject({ status: 'unknown', rule: 'warming_up' })
    expect(candidateVerdict([partition(OK)], [], settings)).toMatchObject({ status: 'ok', rule: 'burrow_ok' })
  })
})

describe('stabilize', () => {
  const ok: Verdict = { status: 'ok', rule: 'burrow_ok', reason: 'fine' }
  const warn: Verdict = { status: 'warn', rule: 'falling_behind', reason: '+30 s of lag per minute' }

  it('changes status only after the candidate held on consecutive polls', () => {
    const first = stabilize(ok, { pending: null }, warn, 2)
    expect(first).toEqual({ verdict: ok, state: { pending: { status: 'warn', rule: 'falling_behind', polls: 1 } } })
    expect(stabilize(ok, first.state, warn, 2)).toEqual({ verdict: warn, state: { pending: null } })
    // A one-poll OK inside a warning does not flip it, and the next warning resets the count.
    const dip = stabilize(warn, { pending: null }, ok, 3)
    expect(dip.verdict).toBe(warn)
    expect(stabilize(warn, dip.state, warn, 3)).toEqual({ verdict: warn, state: { pending: null } })
  })

  it('leaves unknown (and the first poll) at once, updates the rule of an unchanged status at once, and 1 poll disables it', () => {
    expect(stabilize(null, null, ok, 3).verdict).toBe(ok)
    expect(stabilize({ status: 'unknown', rule: 'warming_up', reason: '' }, null, warn, 3).verdict).toBe(warn)
    const burrowWarn: Verdict = { status: 'warn', rule: 'burrow_warn', reason: 'rose' }
    expect(stabilize(burrowWarn, null, warn, 3).verdict).toBe(warn)
    expect(stabilize(ok, null, warn, 1).verdict).toBe(warn)
  })

  it('evaluateGroupVerdict = candidate then stability', () => {
    const out = evaluateGroupVerdict({
      partitions: [partition(OK)],
      samples: rising(),
      previous: { verdict: ok, state: null },
      settings: DEFAULT_VERDICT_SETTINGS,
    })
    expect(out).toEqual({ verdict: ok, state: { pending: { status: 'warn', rule: 'falling_behind', polls: 1 } } })
  })
})
