/**
 * A share group's partition verdict (KIP-932). Share groups commit no offsets: a share partition
 * has a start offset (SPSO, everything below it is done), in-flight records between it and the end
 * offset (available, acquired by a member, acknowledged, or archived after too many deliveries),
 * and, since KIP-1226, the broker's own lag: the high watermark minus the SPSO minus the in-flight
 * records already acknowledged or archived. DescribeShareGroupOffsets answers from the persisted
 * state, and the broker persists the SPSO lazily: a write carries the SPSO from before the
 * acknowledgement it records, so after the last acknowledgement the start offset can stay behind
 * (measured: 0 for over 70 s while 7 of 20 records were accepted, lag exactly 13). Burrow's rules
 * on "committed offset" movement would read that as STALL, or a caught-up group as lagging
 * (log end minus start offset > 0 while the broker's lag is 0). So share partitions get their own rules,
 * on the broker's lag, its trend over the window, the members present, and the start offset when it does move.
 *
 * The window (`appendShareSlot`): one slot per poll, `offset` = start offset, `lag` = the broker's
 * lag, so the trend has every poll (Burrow's window skips unchanged polls of partitions nobody consumes).
 *
 * Per partition (`sharePartitionVerdict`), the first rule that holds:
 *   1. no start offset (the share partition is not initialised)          -> no_commit
 *   2. broker's lag <= allowed lag                                         -> ok,    share_caught_up
 *   3. no member is assigned the partition                                 -> stop,  share_stopped
 *   4. the lag was <= allowed lag at a poll in the window (Burrow's rule 4:
 *      it was keeping up a few polls ago)                                  -> ok,    share_progressing
 *   5. the start offset never moved and the lag never fell in the window   -> stall, share_stalled
 *   6. the lag clearly rose over the window: verdict.ts `clearRise`, the
 *      same test as the group's "falling behind" (≥ 3 polls spanning half
 *      its window, rise above max(10 messages, 5 % of the mean))           -> warn,  share_lag_rising
 *   7. otherwise (records are being completed)                             -> ok,    share_progressing
 * STOP and STALL wait until the window can tell (verdict.ts `windowCanTell`: two or more polls
 * spanning two intervals); until then the partition is warming up, as every other group type.
 * Rule 5 reads "progress" as the SPSO moving forward or the lag falling between two polls: an
 * acknowledgement lowers the broker's lag even while the persisted SPSO stands still. Rule 6 needs
 * the window's polls to span half the falling-behind window (5 of 10 minutes by default: polls at
 * least 30 s apart); with shorter intervals the group's own "falling behind" still applies. Pure.
 */
import type { WindowSlot } from '@/features/consumer-groups/lib/stored-shapes'
import type { PartitionStatus } from '@/features/consumer-groups/lib/types'
import { clearRise, FALLING_BEHIND_MESSAGES_FLOOR, windowCanTell, type PartitionVerdict } from '@/features/consumer-groups/lib/verdict'

/** This poll of one share partition: its start offset (null before it is initialised) and the broker's lag. */
export type SharePoll = { startOffset: number | null; lag: number | null; time: number }

/** Appends this poll's slot (every poll with a start offset); returns a new window of at most `windowSize` slots. */
export function appendShareSlot(window: readonly WindowSlot[], poll: SharePoll, windowSize: number): WindowSlot[] {
  if (poll.startOffset === null || poll.startOffset < 0) return [...window]
  return [...window, { offset: poll.startOffset, timestamp: poll.time, lag: poll.lag }].slice(-Math.max(1, windowSize))
}

/** Whether records were completed within the window: the start offset moved forward or the lag fell between two polls. */
export function shareProgressed(window: readonly WindowSlot[]): boolean {
  for (let i = 1; i < window.length; i++) {
    const [before, after] = [window[i - 1]!, window[i]!]
    if (after.offset > before.offset) return true
    if (before.lag !== null && after.lag !== null && after.lag < before.lag) return true
  }
  return false
}

const round1 = (value: number) => Math.round(value * 10) / 10
const seconds = (ms: number) => `${Math.round(ms / 1000)} s`

/** The verdict and the raw status (before warming up) of one share partition at `now`; see the module comment. */
export function sharePartitionVerdict(args: {
  /** The window after this poll (appendShareSlot). */
  window: readonly WindowSlot[]
  /** The broker's lag now; null when the share partition has no start offset. */
  lag: number | null
  /** Whether a member of the group is assigned the partition at this poll. */
  hasMember: boolean
  now: number
  /** Time since the group's previous poll, ms (null on its first). */
  intervalMs: number | null
  allowedLag: number
  /** The verdict's falling-behind window, ms: rule 6's coverage. */
  fallingBehindWindowMs: number
}): { status: PartitionStatus | null; verdict: PartitionVerdict } {
  const { window, lag, now } = args
  const last = window[window.length - 1]
  if (lag === null || !last) return { status: null, verdict: { status: null, rule: 'no_commit', reason: 'no start offset on this share partition' } }
  const first = window[0]!
  const polls = `${window.length} poll(s) over ${seconds(now - first.timestamp)}`
  if (lag <= args.allowedLag) {
    return { status: 'ok', verdict: { status: 'ok', rule: 'share_caught_up', reason: `lag ${lag} by the broker's count (start offset ${last.offset})` } }
  }
  const raw = rawShareStatus({ ...args, lag, polls })
  if ((raw.status === 'stop' || raw.status === 'stall') && !windowCanTell(window, now, args.intervalMs)) {
    const reason = `warming up: ${polls}, two intervals needed to tell a stopped or stalled share partition (lag ${lag})`
    return { status: raw.status, verdict: { status: 'warming', rule: 'warming_up', reason } }
  }
  return { status: raw.status, verdict: raw }
}

type RawArgs = { window: readonly WindowSlot[]; lag: number; hasMember: boolean; now: number; allowedLag: number; fallingBehindWindowMs: number; polls: string }

function rawShareStatus({ window, lag, hasMember, now, allowedLag, fallingBehindWindowMs, polls }: RawArgs): PartitionVerdict & { status: PartitionStatus } {
  const first = window[0]!
  const last = window[window.length - 1]!
  if (!hasMember) {
    return { status: 'stop', rule: 'share_stopped', reason: `no member is assigned this partition while ${lag} records wait (start offset ${last.offset})` }
  }
  const caughtUp = window.findLast((s) => s.lag !== null && s.lag <= allowedLag)
  if (caughtUp) {
    return { status: 'ok', rule: 'share_progressing', reason: `lag ${lag}, caught up ${seconds(now - caughtUp.timestamp)} ago (lag ${caughtUp.lag} then)` }
  }
  if (!shareProgressed(window)) {
    return {
      status: 'stall',
      rule: 'share_stalled',
      reason: `start offset stuck at ${last.offset} and lag never fell (${first.lag} → ${lag}) over ${polls} with members assigned`,
    }
  }
  const points = window.flatMap((s) => (s.lag === null ? [] : [{ time: s.timestamp, totalLag: s.lag }]))
  const perMs = clearRise(points, fallingBehindWindowMs, FALLING_BEHIND_MESSAGES_FLOOR)
  if (perMs !== null) {
    return {
      status: 'warn',
      rule: 'share_lag_rising',
      reason: `lag rising by ${round1(perMs * 60_000)} messages per minute over ${polls} (now ${lag}) with members assigned`,
    }
  }
  return { status: 'ok', rule: 'share_progressing', reason: `lag ${lag}, records being completed (start offset ${last.offset}, ${polls})` }
}
