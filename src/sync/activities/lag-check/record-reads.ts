import { partitionKey, type PartitionKey, type RecordReadBudget } from '@/features/consumer-groups/lib'
import type { RecordRead, RecordReadOutcome } from '@/integrations/kafka'

/** One record to date: a partition and a committed offset (several groups at one offset share it). */
export type RecordReadKey = `${PartitionKey}@${number}`
export const recordReadKey = (topic: string, partition: number, offset: number): RecordReadKey => `${partitionKey(topic, partition)}@${offset}`

export type RecordReadPlan = {
  /** Reads per round: a round names each partition at most once (one Fetch per leader per round). */
  rounds: RecordRead[][]
  /** Distinct (partition, offset) pairs with lag and data to read, and how many the budget left out. */
  wanted: number
  overBudget: number
}

/**
 * Pure: which records this cycle dates. Wanted: every distinct committed offset with lag whose
 * record is still in the log (log start <= offset < log end); offsets below the log start are
 * gone, their time lag falls back at once. Within the budget, the biggest lags go first (the
 * group's time lag is its worst partition's, and the biggest lag is the likeliest worst), ties by
 * partition and offset so the choice is stable from cycle to cycle. Offsets of one partition go
 * into successive rounds, the biggest lag in the first.
 */
export function planRecordReads(args: {
  committed: Iterable<{ topic: string; partition: number; offset: number }>
  partitions: ReadonlyMap<PartitionKey, { logStartOffset: number; logEndOffset: number }>
  budget: RecordReadBudget
}): RecordReadPlan {
  const wanted = new Map<RecordReadKey, RecordRead & { lag: number }>()
  for (const c of args.committed) {
    const state = args.partitions.get(partitionKey(c.topic, c.partition))
    if (!state || c.offset < state.logStartOffset || c.offset >= state.logEndOffset) continue
    wanted.set(recordReadKey(c.topic, c.partition, c.offset), { topic: c.topic, partition: c.partition, offset: c.offset, lag: state.logEndOffset - c.offset })
  }
  const limit = Math.max(0, Math.min(args.budget.partitions, Math.floor(args.budget.bytes / Math.max(1, args.budget.partitionBytes))))
  const chosen = [...wanted.values()]
    .sort((a, b) => b.lag - a.lag || (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition || a.offset - b.offset))
    .slice(0, limit)
  const rounds: RecordRead[][] = []
  const readsOf = new Map<PartitionKey, number>()
  for (const { topic, partition, offset } of chosen) {
    const key = partitionKey(topic, partition)
    const round = readsOf.get(key) ?? 0
    readsOf.set(key, round + 1)
    ;(rounds[round] ??= []).push({ topic, partition, offset })
  }
  return { rounds, wanted: wanted.size, overBudget: wanted.size - chosen.length }
}

/** The records' timestamps by read key (the outcomes come back in the rounds' order), and how many reads found none. */
export function recordTimestamps(rounds: readonly RecordRead[][], outcomes: readonly RecordReadOutcome[]) {
  const timestamps = new Map<RecordReadKey, number>()
  let gone = 0
  let unreadable = 0
  rounds.flat().forEach((read, i) => {
    const outcome = outcomes[i]
    if (outcome === 'gone') gone++
    else if (outcome === undefined || outcome === 'unreadable') unreadable++
    else timestamps.set(recordReadKey(read.topic, read.partition, read.offset), outcome.timestamp)
  })
  return { timestamps, gone, unreadable }
}
