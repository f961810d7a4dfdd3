import { partitionKey, type PartitionKey, type RecordReadBudget } from '@/features/consumer-groups/lib'
import type { RecordRead, RecordReadOutcome } from '@/integrations/kafka'

/** One record to date: a partition and a committed offset (several groups at one offset share it). */
export type RecordReadKey = `${PartitionKey}@${number}`
export const recordReadKey = (topic: string, partition: number, offset: number): RecordReadKey => `${partitionKey(topic, partition)}@${offset}`

export type RecordReadPlan = {
  /** Partitions to read, biggest lag first, each with its distinct lagging committed offsets, ascending. */
  reads: RecordRead[]
  /** Distinct (partition, offset) pairs with lag and data to read, and how many are in partitions the budget left out. */
  wanted: number
  overBudget: number
}

/**
 * Pure: which records this cycle dates. Wanted: every distinct committed offset with lag whose
 * record is still in the log (log start <= offset < log end); offsets below the log start are
 * gone, their time lag falls back at once. Reads are per partition (one Fetch answer dates every
 * offset it reaches): at most min(partitions, bytes / partitionBytes) partitions, those with the
 * biggest lag first (the group's time lag is its worst partition's, and the biggest lag is the
 * likeliest worst), ties by topic and partition so the choice is stable from cycle to cycle.
 */
export function planRecordReads(args: {
  committed: Iterable<{ topic: string; partition: number; offset: number }>
  partitions: ReadonlyMap<PartitionKey, { logStartOffset: number; logEndOffset: number }>
  budget: RecordReadBudget
}): RecordReadPlan {
  const wanted = new Map<PartitionKey, { topic: string; partition: number; offsets: Set<number>; lag: number }>()
  for (const c of args.committed) {
    const key = partitionKey(c.topic, c.partition)
    const state = args.partitions.get(key)
    if (!state || c.offset < state.logStartOffset || c.offset >= state.logEndOffset) continue
    const entry = wanted.get(key) ?? { topic: c.topic, partition: c.partition, offsets: new Set<number>(), lag: 0 }
    entry.offsets.add(c.offset)
    entry.lag = Math.max(entry.lag, state.logEndOffset - c.offset)
    wanted.set(key, entry)
  }
  const limit = Math.max(0, Math.min(args.budget.partitions, Math.floor(args.budget.bytes / Math.max(1, args.budget.partitionBytes))))
  const sorted = [...wanted.values()].sort((a, b) => b.lag - a.lag || (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition))
  const reads = sorted.slice(0, limit).map(({ topic, partition, offsets }) => ({ topic, partition, offsets: [...offsets].sort((a, b) => a - b) }))
  const count = (list: typeof sorted) => list.reduce((n, e) => n + e.offsets.size, 0)
  return { reads, wanted: count(sorted), overBudget: count(sorted.slice(limit)) }
}

/** The records' timestamps by read key, and how many offsets found none (gone, unreadable) or were not reached within the byte budget. */
export function recordTimestamps(reads: readonly RecordRead[], outcomes: readonly RecordReadOutcome[][]) {
  const timestamps = new Map<RecordReadKey, number>()
  let gone = 0
  let unreadable = 0
  let unreached = 0
  reads.forEach((read, i) =>
    read.offsets.forEach((offset, j) => {
      const outcome = outcomes[i]?.[j] ?? null
      if (outcome === null) unreached++
      else if (outcome === 'gone') gone++
      else if (outcome === 'unreadable') unreadable++
      else timestamps.set(recordReadKey(read.topic, read.partition, offset), outcome.timestamp)
    }),
  )
  return { timestamps, gone, unreadable, unreached }
}
