import type { TimeLagTable } from '@/features/consumer-groups/lib/stored-shapes'
import { estimateTimeLagWithMethod } from '@/features/consumer-groups/lib/time-lag'
import type { TimeLagMethod } from '@/features/consumer-groups/lib/types'

/**
 * What one lag check may spend on dating records: at most `partitions` partitions read and `bytes`
 * bytes reserved over all its Fetch requests (each partition in a request reserves its limit,
 * `partitionBytes` on a first try). partitions 0 turns record reads off.
 */
export type RecordReadBudget = { partitions: number; bytes: number; partitionBytes: number }

export const DEFAULT_RECORD_READ_BUDGET: RecordReadBudget = { partitions: 5_000, bytes: 16 * 1024 * 1024, partitionBytes: 4_096 }

export type PartitionTimeLag = { lagSeconds: number | null; lagSecondsMethod: TimeLagMethod | null; lagSecondsClamped: boolean }

/**
 * Pure: one partition's time lag at `now` (epoch ms). With the timestamp of the first unconsumed
 * record (the record at the committed offset, or the next one after a compaction hole), it is
 * now minus that timestamp: exact, and known from the first poll on. A timestamp ahead of `now`
 * (a producer clock in the future) gives 0, flagged `lagSecondsClamped`. Without one (the record
 * is gone, or was not read this cycle) the offset/time table answers (time-lag.ts), saying whether
 * it interpolated or extrapolated. No commit: unknown. Caught up (lag 0): 0, no method needed.
 */
export function partitionTimeLag(args: {
  committedOffset: number | null
  lag: number | null
  recordTimestamp: number | null
  table: TimeLagTable
  now: number
}): PartitionTimeLag {
  if (args.committedOffset === null) return { lagSeconds: null, lagSecondsMethod: null, lagSecondsClamped: false }
  if (args.lag === 0) return { lagSeconds: 0, lagSecondsMethod: null, lagSecondsClamped: false }
  if (args.recordTimestamp !== null) {
    const seconds = (args.now - args.recordTimestamp) / 1000
    return { lagSeconds: Math.max(0, seconds), lagSecondsMethod: 'record', lagSecondsClamped: seconds < 0 }
  }
  const estimated = estimateTimeLagWithMethod(args.table, args.committedOffset, args.now)
  return { lagSeconds: estimated.seconds, lagSecondsMethod: estimated.method, lagSecondsClamped: false }
}

type TimeLagOf = { lagSeconds: number | null; lagSecondsMethod?: TimeLagMethod | null; lagSecondsClamped?: boolean }

/**
 * The group's time lag is its worst partition's (groupTimeLag): this is how that value was
 * obtained (the method of the first partition with the largest lagSeconds), and whether any
 * partition's value was clamped. Pure; reads stored partitionDetail, so no column repeats it.
 */
export function worstTimeLagMethod(partitions: readonly TimeLagOf[]): { method: TimeLagMethod | null; anyClamped: boolean } {
  let worst: TimeLagOf | null = null
  let anyClamped = false
  for (const p of partitions) {
    if (p.lagSecondsClamped) anyClamped = true
    if (p.lagSeconds === null || !Number.isFinite(p.lagSeconds)) continue
    if (worst === null || p.lagSeconds > worst.lagSeconds!) worst = p
  }
  return { method: worst?.lagSecondsMethod ?? null, anyClamped }
}
