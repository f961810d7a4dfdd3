/**
 * Consumer health, Burrow's evaluator (linkedin/Burrow core/internal/evaluator/caching.go).
 *
 * Per partition Burrow keeps a window of the last N commits (storage `intervals`, default 10),
 * each `(offset, timestamp, lag at that time)`, plus the last N log-end offsets, and evaluates:
 *   current lag <= allowed-lag (default 0)                                -> OK
 *   now - last commit > last - first commit, and no recent log end is <= the last commit -> STOP
 *   the offset went down and never got back to where it was              -> REWIND
 *   some slot had lag <= allowed-lag                                       -> OK
 *   every committed offset in the window is equal (lag > 0 known)          -> STALL
 *   lag never decreased between consecutive slots (known lags only)      -> WARN
 *   otherwise                                                              -> OK
 * A window filled to less than `minimum-complete` (a fraction; Burrow's default is 0, i.e. always
 * evaluate) is OK: not enough data. The evaluator below is exactly that; only time is in ms and
 * `now` is passed in (Burrow reads the clock, truncated to seconds).
 *
 * Adaptation (ARCHITECTURE.md §4): Burrow reads every commit, with its commit time, from
 * `__consumer_offsets`. We poll the admin API and only see the committed offset at each poll, so
 * `appendWindowSlot` builds the window from polls:
 *   - the committed offset changed since the last poll -> append a slot stamped with this poll's time;
 *   - unchanged, and an active member is assigned the partition -> append a slot anyway: a live
 *     consumer is evidently committing the same offset again (Burrow would see those commits), which
 *     leads to STALL when there is lag;
 *   - unchanged and nobody consumes the partition -> append nothing, so the last slot ages and STOP
 *     fires once it is older than the window's span while the log end moves on;
 *   - no commit at all -> nothing to evaluate, the window is left as is.
 * The first observed commit is always appended (it "changed" from unknown) so STOP has a baseline.
 * Slot lag is `max(0, logEnd - committed)` at that poll, as Burrow computes it on each commit.
 * Not adapted: Burrow's storage `min-distance` (merging commits closer than N seconds) — polling
 * at a fixed interval already spaces the slots.
 */
import type { WindowSlot } from '@/features/consumer-groups/lib/stored-shapes'
import type { BurrowConfig, GroupStatus, PartitionStatus } from '@/features/consumer-groups/lib/types'

export const DEFAULT_BURROW_CONFIG: BurrowConfig = { windowSize: 10, allowedLag: 0, minimumComplete: 0 }

export type WindowPoll = {
  /** The group's committed offset at this poll; null when it has none. */
  committedOffset: number | null
  logEndOffset: number
  /** Poll time, epoch ms. */
  time: number
  /** Whether an active member of the group is assigned this partition right now. */
  hasActiveMember: boolean
}

/** Appends this poll's slot per the adaptation above; returns a new window of at most `windowSize` slots. */
export function appendWindowSlot(window: readonly WindowSlot[], poll: WindowPoll, windowSize: number = DEFAULT_BURROW_CONFIG.windowSize): WindowSlot[] {
  if (poll.committedOffset === null || poll.committedOffset < 0) return [...window]
  const last = window[window.length - 1]
  const changed = !last || last.offset !== poll.committedOffset
  if (!changed && !poll.hasActiveMember) return [...window]
  const slot: WindowSlot = {
    offset: poll.committedOffset,
    timestamp: poll.time,
    lag: Math.max(0, poll.logEndOffset - poll.committedOffset),
  }
  return [...window, slot].slice(-Math.max(1, windowSize))
}

/** Keeps the last `windowSize` log-end offsets, which STOP consults (Burrow's broker-offset ring). */
export function appendRecentLogEnd(recent: readonly number[], logEndOffset: number, windowSize: number = DEFAULT_BURROW_CONFIG.windowSize): number[] {
  return [...recent, logEndOffset].slice(-Math.max(1, windowSize))
}

/**
 * Burrow's status of one partition. `currentLogEnd` is the latest log-end offset, or the recent
 * log-end offsets oldest first (the last one is current); `now` is the evaluation time, epoch ms.
 */
export function evaluatePartitionStatus(
  window: readonly WindowSlot[],
  currentLogEnd: number | readonly number[],
  config: Partial<BurrowConfig>,
  now: number,
): PartitionStatus {
  const { windowSize, allowedLag, minimumComplete } = { ...DEFAULT_BURROW_CONFIG, ...config }
  const slots = window.slice(-Math.max(1, windowSize))
  const logEnds = typeof currentLogEnd === 'number' ? [currentLogEnd] : currentLogEnd
  const last = slots[slots.length - 1]
  const latestLogEnd = logEnds[logEnds.length - 1]
  if (!last || latestLogEnd === undefined) return 'ok'
  // Burrow counts empty ring slots: a window of 3 slots out of 10 is 30 % complete.
  if (Math.min(1, slots.length / windowSize) < minimumComplete) return 'ok'

  const currentLag = Math.max(0, latestLogEnd - last.offset)
  if (currentLag <= allowedLag) return 'ok'
  if (isStopped(slots, now) && !recentLagZero(last, logEnds)) return 'stop'
  const rewindAt = firstRewind(slots)
  if (rewindAt > 0 && !rewindRecovered(slots, rewindAt)) return 'rewind'
  // Caught up at some point in the window: the consumer is keeping up, skip the remaining rules.
  if (slots.some((slot) => slot.lag !== null && slot.lag <= allowedLag)) return 'ok'
  if (isStalled(slots)) return 'stall'
  if (lagNeverDecreased(slots)) return 'warn'
  return 'ok'
}

// No commit for longer than the window spans: the consumer stopped committing.
function isStopped(slots: readonly WindowSlot[], now: number): boolean {
  const first = slots[0]!.timestamp
  const last = slots[slots.length - 1]!.timestamp
  return now - last > last - first
}

// The log end was at or below the last commit recently: it was caught up minutes ago, not stopped.
function recentLagZero(last: WindowSlot, logEnds: readonly number[]): boolean {
  return logEnds.some((logEnd) => logEnd <= last.offset)
}

function firstRewind(slots: readonly WindowSlot[]): number {
  for (let i = 1; i < slots.length; i++) if (slots[i]!.offset < slots[i - 1]!.offset) return i
  return -1
}

// A reset that later got back to (or past) where it was before is treated as recovered.
function rewindRecovered(slots: readonly WindowSlot[], rewindAt: number): boolean {
  const before = slots[rewindAt - 1]!.offset
  return slots.slice(rewindAt).some((slot) => slot.offset >= before)
}

function isStalled(slots: readonly WindowSlot[]): boolean {
  return slots.every((slot) => slot.offset === slots[0]!.offset)
}

function lagNeverDecreased(slots: readonly WindowSlot[]): boolean {
  let previous: number | null = null
  for (const slot of slots) {
    if (slot.lag === null) continue
    if (previous !== null && slot.lag < previous) return false
    previous = slot.lag
  }
  return true
}

const SEVERITY: Record<PartitionStatus, number> = { ok: 0, warn: 1, stop: 2, stall: 2, rewind: 2 }

/** The group's status is its worst partition's, with STOP/STALL/REWIND reported as 'err' (as Burrow does). */
export function evaluateGroupStatus(partitionStatuses: readonly PartitionStatus[]): GroupStatus {
  const worst = partitionStatuses.reduce((max, status) => Math.max(max, SEVERITY[status]), 0)
  return worst >= 2 ? 'err' : worst === 1 ? 'warn' : 'ok'
}
