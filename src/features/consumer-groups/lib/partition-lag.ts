import type { GroupLagSummary, PartitionLag, PartitionOffsets } from '@/features/consumer-groups/lib/types'

/**
 * Lag of one partition: `max(0, logEnd - committed)`, or the broker's own count where it reports
 * one (`reportedLag`: a share group's, which leaves out records acknowledged past its start offset).
 * A missing commit stays null rather than 0, because "never committed" and "caught up" need
 * different actions. A negative committed offset is Kafka's wire value for "none" (-1), so it is
 * treated as no commit too.
 */
export function computePartitionLag(input: PartitionOffsets & { reportedLag?: number }): PartitionLag {
  const committedOffset = input.committedOffset !== null && input.committedOffset >= 0 ? input.committedOffset : null
  const base = {
    topic: input.topic,
    partition: input.partition,
    committedOffset,
    logStartOffset: input.logStartOffset,
    logEndOffset: input.logEndOffset,
  }
  if (committedOffset === null) return { ...base, lag: null, noCommit: true, belowLogStart: false }
  return {
    ...base,
    // A commit can be ahead of a log-end offset read a moment earlier: that is caught up, not negative lag.
    lag: Math.max(0, input.reportedLag ?? input.logEndOffset - committedOffset),
    noCommit: false,
    // The messages between the commit and log start are gone: the consumer will skip (or reset) on restart.
    belowLogStart: committedOffset < input.logStartOffset,
  }
}

/**
 * Group totals over its partitions. Sums only committed partitions; the totals are null only when
 * no partition has a commit, so a real 0 stays 0 (the seed's `totalLag || null` bug).
 */
export function summarizeGroupLag(partitions: readonly PartitionLag[]): GroupLagSummary {
  let totalLag: number | null = null
  let maxPartitionLag: number | null = null
  let partitionsWithoutCommit = 0
  let partitionsBelowLogStart = 0
  for (const p of partitions) {
    if (p.belowLogStart) partitionsBelowLogStart++
    if (p.lag === null) {
      partitionsWithoutCommit++
      continue
    }
    totalLag = (totalLag ?? 0) + p.lag
    maxPartitionLag = maxPartitionLag === null ? p.lag : Math.max(maxPartitionLag, p.lag)
  }
  return { totalLag, maxPartitionLag, partitionsWithoutCommit, partitionsBelowLogStart }
}
