/**
 * The group's health verdict: "is it keeping up?". Burrow's evaluator (burrow.ts) stays exact; the
 * verdict adds what polling Burrow misses, and says which rule decided and with which numbers.
 *
 * Per partition (`partitionVerdict`): Burrow's status, except that STOP and STALL wait until the
 * window can tell (`windowCanTell`): at least two polls in evidence (the window's slots, and this
 * poll when it appended none) spanning two poll intervals. Before that the partition is
 * 'warming up' — the first poll of a lagging partition always looks stalled (one slot: "every
 * committed offset is equal"), and a member-less one looks stopped on the second.
 *
 * Per group (`evaluateGroupVerdict`), the first rule that holds:
 *   1. no partition has a commit                                   -> unknown, no_commit
 *   2. a partition is STOP, STALL or REWIND (and can tell)           -> err, burrow_stop|stall|rewind
 *   3. lag AND time lag clearly rising over the last N minutes       -> warn, falling_behind
 *   4. a partition is WARN                                           -> warn, burrow_warn|share_lag_rising
 *   5. a partition is warming up                                     -> unknown, warming_up
 *   6. otherwise                                                     -> ok, burrow_ok (share groups:
 *      share_progressing when a partition is, else share_caught_up)
 * Share groups' partitions come from their own rules (share-verdict.ts), not Burrow's; the group
 * rules above are the same for every type.
 * "Clearly rising" (`fallingBehind`): in the window's samples, each of the two series (messages,
 * seconds) has at least 3 known samples spanning at least half the window, a least-squares slope
 * above zero, and a fitted rise over its span above max(absolute floor, 5 % of its mean): 10
 * messages, 1 second. A fitted line, so a dip between polls (a bursty producer) does not defeat it
 * as it defeats Burrow's "lag never decreased".
 * Stability (`stabilize`): a new status replaces the current one only once it was the candidate on
 * `consecutivePolls` polls in a row; until then the current verdict (status, rule, reason) holds
 * and the state counts the pending candidate. Leaving 'unknown' (first poll, warming up, no commit)
 * is immediate: there is nothing to flip back to. A candidate with the current status updates the
 * rule and reason at once. Pure: no I/O, no clock.
 */
import { knownSamples, lagSlope } from '@/features/consumer-groups/lib/regression'
import type { VerdictState, WindowSlot } from '@/features/consumer-groups/lib/stored-shapes'
import { SHARE_VERDICT_RULES, type GroupLagStatus, type PartitionStatus, type VerdictRule } from '@/features/consumer-groups/lib/types'

export type VerdictSettings = {
  /** How far back "falling behind" fits lag and time lag, ms. */
  fallingBehindWindowMs: number
  /** Polls in a row a new status must hold before it replaces the current one (1 = at once). */
  consecutivePolls: number
}

export const DEFAULT_VERDICT_SETTINGS: VerdictSettings = { fallingBehindWindowMs: 10 * 60_000, consecutivePolls: 2 }

/** One poll of a group: total lag (messages) and time lag (seconds); null = not known at that poll. */
export type VerdictSample = { time: number; totalLag: number | null; lagSeconds: number | null }

export type Verdict = { status: GroupLagStatus; rule: VerdictRule; reason: string }

/** A partition's verdict: Burrow's status, 'warming' while the window cannot tell, null without a commit. */
export type PartitionVerdict = { status: PartitionStatus | 'warming' | null; rule: VerdictRule; reason: string }

export const FALLING_BEHIND_MIN_SAMPLES = 3
export const FALLING_BEHIND_MIN_COVERAGE = 0.5
export const FALLING_BEHIND_RELATIVE_TOLERANCE = 0.05
export const FALLING_BEHIND_MESSAGES_FLOOR = 10
export const FALLING_BEHIND_SECONDS_FLOOR = 1
/** "Two intervals", less a quarter of one for a poll that runs a little early. */
const TELL_SPAN_INTERVALS = 1.75

const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits
const signed = (value: number) => `${value >= 0 ? '+' : ''}${value}`

/**
 * Whether Burrow's window holds enough polls for STOP or STALL: two or more poll times (its slots,
 * plus `now` when this poll appended none) from its first slot to `now` spanning two intervals.
 * `intervalMs` is the time since the group's previous poll (null on its first poll: cannot tell).
 */
export function windowCanTell(window: readonly WindowSlot[], now: number, intervalMs: number | null): boolean {
  const first = window[0]
  const last = window[window.length - 1]
  if (!first || !last || intervalMs === null || intervalMs <= 0) return false
  const polls = window.length + (last.timestamp < now ? 1 : 0)
  return polls >= 2 && now - first.timestamp >= TELL_SPAN_INTERVALS * intervalMs
}

/** One partition's verdict from Burrow's status and its window (see the module comment). */
export function partitionVerdict(args: {
  burrowStatus: PartitionStatus | null
  window: readonly WindowSlot[]
  now: number
  intervalMs: number | null
  lag: number | null
}): PartitionVerdict {
  const { burrowStatus: status, window, now, lag } = args
  if (status === null) return { status: null, rule: 'no_commit', reason: 'no commit on this partition' }
  const first = window[0]
  const last = window[window.length - 1]
  const seconds = (ms: number) => `${round(ms / 1000)} s`
  if ((status === 'stop' || status === 'stall') && !windowCanTell(window, now, args.intervalMs)) {
    const polls = window.length + (last && last.timestamp < now ? 1 : 0)
    const span = first ? seconds(now - first.timestamp) : '0 s'
    return {
      status: 'warming',
      rule: 'warming_up',
      reason: `warming up: ${polls} poll(s) over ${span}, two intervals needed to tell STOP or STALL (lag ${lag})`,
    }
  }
  switch (status) {
    case 'ok':
      return { status, rule: 'burrow_ok', reason: `lag ${lag}` }
    case 'warn':
      return { status, rule: 'burrow_warn', reason: `lag rose on every commit in the window: ${first?.lag} → ${last?.lag}` }
    case 'stop':
      return { status, rule: 'burrow_stop', reason: `no commit for ${seconds(now - last!.timestamp)} while the log moved on (lag ${lag})` }
    case 'stall':
      return { status, rule: 'burrow_stall', reason: `committed offset stuck at ${last!.offset} over ${window.length} polls with lag ${lag}` }
    case 'rewind':
      return { status, rule: 'burrow_rewind', reason: `committed offset went back (now ${last!.offset}, lag ${lag})` }
  }
}

/** What makes a group "falling behind": the fitted rates over the window, per minute. */
export type FallingBehind = { messagesPerMinute: number; secondsPerMinute: number; windowMinutes: number }

type Point = { time: number; totalLag: number }

/** The fitted rise per ms when the series clearly rises over the window (see the module comment), else null. */
export function clearRise(points: readonly Point[], windowMs: number, floor: number): number | null {
  if (points.length < FALLING_BEHIND_MIN_SAMPLES) return null
  const span = points[points.length - 1]!.time - points[0]!.time
  if (span < FALLING_BEHIND_MIN_COVERAGE * windowMs) return null
  const slope = lagSlope(points)
  if (slope === null || slope <= 0) return null
  const mean = points.reduce((s, p) => s + p.totalLag, 0) / points.length
  return slope * span > Math.max(floor, FALLING_BEHIND_RELATIVE_TOLERANCE * mean) ? slope : null
}

/** Whether lag and time lag both clearly rose over the `windowMs` before the newest sample; pure. */
export function fallingBehind(samples: readonly VerdictSample[], windowMs: number): FallingBehind | null {
  const newest = samples.reduce((max, s) => Math.max(max, s.time), -Infinity)
  const inWindow = samples.filter((s) => s.time >= newest - windowMs)
  const messages = knownSamples(inWindow)
  const seconds = knownSamples(inWindow.map((s) => ({ time: s.time, totalLag: s.lagSeconds })))
  const perMs = clearRise(messages, windowMs, FALLING_BEHIND_MESSAGES_FLOOR)
  const secondsPerMs = perMs === null ? null : clearRise(seconds, windowMs, FALLING_BEHIND_SECONDS_FLOOR)
  if (perMs === null || secondsPerMs === null) return null
  return { messagesPerMinute: round(perMs * 60_000, 1), secondsPerMinute: round(secondsPerMs * 60_000, 1), windowMinutes: round(windowMs / 60_000, 1) }
}

/** "10 min", or seconds below a minute (tests use short windows). */
const windowLabel = (ms: number) => (ms >= 60_000 ? `${round(ms / 60_000, 1)} min` : `${round(ms / 1000)} s`)

type PartitionInput = PartitionVerdict & { topic: string; partition: number }

const ERR_RULES: readonly PartitionVerdict['status'][] = ['stop', 'stall', 'rewind']

function describePartitions(partitions: readonly PartitionInput[], matching: readonly PartitionInput[]): string {
  const p = matching[0]!
  const more = matching.length > 1 ? ` (${matching.length} of ${partitions.length} partitions)` : ''
  return `${p.topic}[${p.partition}]: ${p.reason}${more}`
}

/** This poll's candidate verdict, before stability (rules 1-6 of the module comment). */
export function candidateVerdict(partitions: readonly PartitionInput[], samples: readonly VerdictSample[], settings: VerdictSettings): Verdict {
  const committed = partitions.filter((p) => p.status !== null)
  if (committed.length === 0) return { status: 'unknown', rule: 'no_commit', reason: 'no partition has a commit' }
  for (const status of ERR_RULES) {
    const matching = committed.filter((p) => p.status === status)
    if (matching.length) return { status: 'err', rule: matching[0]!.rule, reason: describePartitions(committed, matching) }
  }
  const behind = fallingBehind(samples, settings.fallingBehindWindowMs)
  if (behind) {
    const latest = samples.reduce<VerdictSample | null>((a, s) => (a === null || s.time > a.time ? s : a), null)
    return {
      status: 'warn',
      rule: 'falling_behind',
      reason:
        `${signed(behind.secondsPerMinute)} s of lag per minute, ${signed(behind.messagesPerMinute)} messages per minute over the last ${windowLabel(settings.fallingBehindWindowMs)}` +
        ` (now ${latest?.totalLag} messages, ${latest?.lagSeconds === null || latest?.lagSeconds === undefined ? '?' : round(latest.lagSeconds)} s behind)`,
    }
  }
  const warn = committed.filter((p) => p.status === 'warn')
  if (warn.length) return { status: 'warn', rule: warn[0]!.rule, reason: describePartitions(committed, warn) }
  const warming = committed.filter((p) => p.status === 'warming')
  if (warming.length) return { status: 'unknown', rule: 'warming_up', reason: describePartitions(committed, warming) }
  const share = committed.every((p) => isShareRule(p.rule))
  if (!share) return { status: 'ok', rule: 'burrow_ok', reason: `all ${committed.length} partition(s) OK by Burrow's rules, lag not clearly rising` }
  const progressing = committed.some((p) => p.rule === 'share_progressing')
  return {
    status: 'ok',
    rule: progressing ? 'share_progressing' : 'share_caught_up',
    reason: `all ${committed.length} partition(s) OK by the share-group rules (the broker's lag), lag not clearly rising`,
  }
}

const isShareRule = (rule: VerdictRule) => (SHARE_VERDICT_RULES as readonly VerdictRule[]).includes(rule)

/** The verdict after stability, and the state the next poll needs (see the module comment). */
export function stabilize(
  current: Verdict | null,
  state: VerdictState | null,
  candidate: Verdict,
  consecutivePolls: number,
): { verdict: Verdict; state: VerdictState } {
  if (current === null || current.status === 'unknown' || current.status === candidate.status || consecutivePolls <= 1) {
    return { verdict: candidate, state: { pending: null } }
  }
  const pending = state?.pending
  const polls = pending && pending.status === candidate.status ? pending.polls + 1 : 1
  if (polls >= consecutivePolls) return { verdict: candidate, state: { pending: null } }
  return { verdict: current, state: { pending: { status: candidate.status, rule: candidate.rule, polls } } }
}

/** A group's verdict at this poll from its partitions' verdicts, recent samples (this poll included) and previous verdict. */
export function evaluateGroupVerdict(args: {
  partitions: readonly PartitionInput[]
  samples: readonly VerdictSample[]
  previous: { verdict: Verdict | null; state: VerdictState | null }
  settings: VerdictSettings
}): { verdict: Verdict; state: VerdictState } {
  const candidate = candidateVerdict(args.partitions, args.samples, args.settings)
  return stabilize(args.previous.verdict, args.previous.state, candidate, args.settings.consecutivePolls)
}
