import {
  appendShareSlot,
  computePartitionLag,
  decodeWindow,
  DEFAULT_BURROW_CONFIG,
  DEFAULT_VERDICT_SETTINGS,
  encodeWindow,
  evaluatePartitionStatus,
  groupTimeLag,
  partitionKey,
  partitionTimeLag,
  partitionVerdict,
  sharePartitionVerdict,
  summarizeGroupLag,
  appendWindowSlot,
  type BurrowConfig,
  type GroupMember,
  type PartitionDetail,
  type PartitionKey,
  type PartitionStatus,
  type PartitionVerdict,
  type StoredWindow,
  type TimeLagTable,
  type WindowSlot,
} from '@/features/consumer-groups/lib'

import { recordReadKey, type RecordReadKey } from '@/sync/activities/lag-check/record-reads'

export type PartitionState = { timeTable: TimeLagTable; recentLogEnds: number[]; logStartOffset: number; logEndOffset: number }

export type GroupLag = {
  totalLag: number | null
  maxPartitionLag: number | null
  lagSeconds: number | null
  partitions: PartitionDetail[]
  /** This poll's Burrow windows, decoded, for the next poll: one per partition, same order. */
  windows: PreviousWindow[]
}

/** A partition's Burrow window from the previous poll: stored (partitionDetail) or decoded (kept in memory). */
export type PreviousWindow = { topic: string; partition: number; window: StoredWindow }

/** Time lag comes from millisecond poll and record times: more decimals than milliseconds are noise. */
const toMillisecondPrecision = (seconds: number | null) => (seconds === null ? null : Math.round(seconds * 1000) / 1000)

type Entry = { topic: string; partition: number; key: PartitionKey; committedOffset: number | null; reportedLag?: number; state: PartitionState }

/**
 * Pure: one group's lag at `now` from its committed offsets, its members' assignments, the
 * partitions' offsets and time tables, and the previous poll's Burrow windows (its stored
 * partitionDetail, or the decoded windows of the previous result). Partitions assigned but never
 * committed appear as "no commit"; a real lag of 0 stays 0. Partitions come out by topic, then partition number.
 * Each partition carries Burrow's status and its verdict's rule and reason (lib/verdict.ts), or for
 * a share group its own rules' (lib/share-verdict.ts: a slot every poll, the broker's lag); the
 * group's verdict is made from those by the caller (build-rows.ts).
 */
export function evaluateGroupLag(args: {
  /** `lag`: the broker's own count (share groups), used instead of log end minus offset. */
  committed: readonly { topic: string; partition: number; offset: number; lag?: number }[]
  members: readonly GroupMember[]
  partitions: Map<PartitionKey, PartitionState>
  previous: readonly PreviousWindow[]
  now: number
  /** Time since the group's previous poll, ms (null on its first): whether Burrow's window can tell STOP or STALL yet. */
  intervalMs?: number | null
  /** Burrow's evaluator settings (window size, allowed lag, minimum completeness). */
  burrow?: BurrowConfig
  /** Timestamps of the records at committed offsets read this cycle (record-reads.ts); the rest fall back to the time table. */
  recordTimestamps?: ReadonlyMap<RecordReadKey, number>
  /** A share group: `committed` holds start offsets and the broker's lag, judged by lib/share-verdict.ts instead of Burrow. */
  share?: boolean
  /** The verdict's falling-behind window, ms (share groups' rising-lag rule). */
  fallingBehindWindowMs?: number
}): GroupLag {
  const burrow = args.burrow ?? DEFAULT_BURROW_CONFIG
  const entries = new Map<PartitionKey, Entry>()
  for (const c of args.committed) {
    const key = partitionKey(c.topic, c.partition)
    const state = args.partitions.get(key)
    if (state) entries.set(key, { topic: c.topic, partition: c.partition, key, committedOffset: c.offset, reportedLag: c.lag, state })
  }
  const owners = new Map<PartitionKey, PartitionDetail['owner']>()
  for (const m of args.members) {
    for (const a of m.assignments) {
      for (const p of a.partitions) {
        const key = partitionKey(a.topic, p)
        owners.set(key, { memberId: m.memberId, clientId: m.clientId, host: m.host })
        const state = entries.has(key) ? undefined : args.partitions.get(key)
        if (state) entries.set(key, { topic: a.topic, partition: p, key, committedOffset: null, state })
      }
    }
  }
  const previous = new Map<PartitionKey, StoredWindow>()
  for (const p of args.previous) previous.set(partitionKey(p.topic, p.partition), p.window)
  const sorted = [...entries.values()].sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition))

  const windows: PreviousWindow[] = new Array(sorted.length)
  const partitions = sorted.map(({ topic, partition, key, committedOffset, reportedLag, state }, i): PartitionDetail => {
    const lag = computePartitionLag({ topic, partition, committedOffset, reportedLag, logStartOffset: state.logStartOffset, logEndOffset: state.logEndOffset })
    const owner = owners.get(key) ?? null
    const before = decodeWindow(previous.get(key) ?? [])
    const intervalMs = args.intervalMs ?? null
    const hasCommit = lag.committedOffset !== null
    let window: WindowSlot[]
    let status: PartitionStatus | null
    let verdict: PartitionVerdict
    if (args.share) {
      window = appendShareSlot(before, { startOffset: lag.committedOffset, lag: lag.lag, time: args.now }, burrow.windowSize)
      ;({ status, verdict } = sharePartitionVerdict({
        window,
        lag: lag.lag,
        hasMember: owner !== null,
        now: args.now,
        intervalMs,
        allowedLag: burrow.allowedLag,
        fallingBehindWindowMs: args.fallingBehindWindowMs ?? DEFAULT_VERDICT_SETTINGS.fallingBehindWindowMs,
      }))
    } else {
      window = appendWindowSlot(
        before,
        { committedOffset, logEndOffset: state.logEndOffset, time: args.now, hasActiveMember: owner !== null },
        burrow.windowSize,
      )
      status = hasCommit ? evaluatePartitionStatus(window, state.recentLogEnds, burrow, args.now) : null
      verdict = partitionVerdict({ burrowStatus: status, window, now: args.now, intervalMs, lag: lag.lag })
    }
    windows[i] = { topic, partition, window }
    const recordTimestamp = hasCommit ? (args.recordTimestamps?.get(recordReadKey(topic, partition, lag.committedOffset!)) ?? null) : null
    const timeLag = partitionTimeLag({ committedOffset: lag.committedOffset, lag: lag.lag, recordTimestamp, table: state.timeTable, now: args.now })
    return {
      ...lag,
      lagSeconds: toMillisecondPrecision(timeLag.lagSeconds),
      lagSecondsMethod: timeLag.lagSecondsMethod,
      lagSecondsClamped: timeLag.lagSecondsClamped,
      status,
      owner,
      window: encodeWindow(window),
      rule: verdict.rule,
      reason: verdict.reason,
    }
  })
  const summary = summarizeGroupLag(partitions)
  return {
    totalLag: summary.totalLag,
    maxPartitionLag: summary.maxPartitionLag,
    lagSeconds: groupTimeLag(partitions.map((p) => p.lagSeconds)),
    partitions,
    windows,
  }
}
