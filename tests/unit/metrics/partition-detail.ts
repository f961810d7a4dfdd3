import type { PartitionDetail } from '@/features/consumer-groups/lib'

/** A committed partition of `topic` at offset 10 lagging `lag` (1 s of time lag), for the metrics' unit tests. */
export const committedPartition = (topic: string, partition: number, lag: number): PartitionDetail => ({
  topic,
  partition,
  committedOffset: 10,
  logStartOffset: 0,
  logEndOffset: 10 + lag,
  lag,
  noCommit: false,
  belowLogStart: false,
  lagSeconds: 1,
  status: null,
  owner: null,
  window: [],
})
