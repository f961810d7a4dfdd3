// Shared shapes of the pure consumer-group lag logic. Times are epoch milliseconds (UTC) unless a
// name says otherwise; durations handed to people are seconds. Everything here is plain data so
// it can be persisted as JSON and passed between workflows, activities and components.

/** One partition's offsets as read from Kafka; `committedOffset` is null when the group never committed. */
export type PartitionOffsets = {
  topic: string
  partition: number
  committedOffset: number | null
  logStartOffset: number
  logEndOffset: number
}

export type PartitionLag = PartitionOffsets & {
  /** null = no commit (unknown), never 0: a real 0 means "caught up". */
  lag: number | null
  noCommit: boolean
  /** The committed offset points at data retention already deleted. */
  belowLogStart: boolean
}

export type GroupLagSummary = {
  /** Sum over committed partitions; null only when no partition has a commit. */
  totalLag: number | null
  maxPartitionLag: number | null
  partitionsWithoutCommit: number
  partitionsBelowLogStart: number
}

/** Burrow's partition statuses (lower case). */
export const PARTITION_STATUSES = ['ok', 'warn', 'stop', 'stall', 'rewind'] as const
export type PartitionStatus = (typeof PARTITION_STATUSES)[number]

/**
 * How a partition's time lag was obtained: `record` = now minus the timestamp of the first
 * unconsumed record (read from Kafka); `interpolated` / `extrapolated` = from the partition's
 * offset/time table (time-lag.ts), the fallback when the record is gone or was not read.
 */
export const TIME_LAG_METHODS = ['record', 'interpolated', 'extrapolated'] as const
export type TimeLagMethod = (typeof TIME_LAG_METHODS)[number]

/** Burrow's group status: STOP, STALL and REWIND partitions make the group 'err'. */
export type GroupStatus = 'ok' | 'warn' | 'err'

/** A group's stored status: Burrow's, or 'unknown' while no partition has a commit. */
export const GROUP_LAG_STATUSES = ['ok', 'warn', 'err', 'unknown'] as const satisfies readonly (GroupStatus | 'unknown')[]
export type GroupLagStatus = (typeof GROUP_LAG_STATUSES)[number]

/** The rules of a share group's partitions (lib/share-verdict.ts), which replace Burrow's for share groups. */
export const SHARE_VERDICT_RULES = ['share_caught_up', 'share_progressing', 'share_lag_rising', 'share_stalled', 'share_stopped'] as const

/**
 * The rule that produced a verdict (lib/verdict.ts): Burrow's status, or what the verdict adds to it.
 * Stable ids: stored on the group and its partitions and exported as the health series' `rule` label.
 */
export const VERDICT_RULES = [
  'burrow_ok',
  'burrow_warn',
  'burrow_stop',
  'burrow_stall',
  'burrow_rewind',
  'falling_behind',
  'warming_up',
  'no_commit',
  ...SHARE_VERDICT_RULES,
] as const
export type VerdictRule = (typeof VERDICT_RULES)[number]

/** The four group types Kafka 4 lists (KIP-848 consumer, KIP-932 share, KIP-1071 streams, classic). */
export const GROUP_TYPES = ['classic', 'consumer', 'share', 'streams'] as const
export type GroupType = (typeof GROUP_TYPES)[number]

export type BurrowConfig = {
  /** Burrow's storage `intervals`: slots kept per partition. */
  windowSize: number
  /** Burrow's evaluator `allowed-lag`: lag at or below this counts as caught up. */
  allowedLag: number
  /** Burrow's evaluator `minimum-complete`: fraction of the window that must be filled to evaluate. */
  minimumComplete: number
}

/** Total lag of a group at a time; null total = no partition had a commit. */
export type LagSample = { time: number; totalLag: number | null }

/** Kafka's group states (classic and KIP-848), as the broker names them. */
export const GROUP_STATES = ['Stable', 'Empty', 'PreparingRebalance', 'CompletingRebalance', 'Assigning', 'Reconciling', 'Dead', 'Unknown'] as const

/** The states that mean "rebalancing" (classic and KIP-848 consumer groups). */
export const REBALANCING_STATES = ['PreparingRebalance', 'CompletingRebalance', 'Assigning', 'Reconciling'] as const

/** Direction of a group's lag over the last hour (stored on the group by the lag check). */
export const LAG_TRENDS = ['rising', 'falling', 'flat', 'unknown'] as const
export type LagTrend = (typeof LAG_TRENDS)[number]

export type Timestamp = number | string | Date

/**
 * A point of lag history: one poll, or a bucket of `sampleCount` polls (an hourly or daily row, or a
 * chart point that merges several). The names are the group's and the history row's, one per
 * quantity: `totalLag` and `lagSeconds` are the poll's values or the bucket's sample-weighted
 * averages, `…Min` / `…Max` the bucket's lowest and worst, `maxPartitionLag` the largest partition
 * lag of the poll or of any poll in the bucket. A null lag is "no commit", never 0.
 */
export type DownsampledPoint = {
  /** Bucket start, ISO 8601 UTC. */
  timestamp: string
  totalLag: number | null
  totalLagMin: number | null
  totalLagMax: number | null
  maxPartitionLag: number | null
  lagSeconds: number | null
  lagSecondsMax: number | null
  sampleCount: number
}

/**
 * What downsampling reads: a stored history row or an already downsampled point. A raw row leaves
 * the extremes out (its one sample is all of them) and counts as one sample; a missing lag is unknown.
 */
export type LagHistoryPoint = { timestamp: Timestamp } & { [K in Exclude<keyof DownsampledPoint, 'timestamp'>]?: DownsampledPoint[K] | null }

export type HistoryBucket = 'hour' | 'day'
export type HistoryResolution = 'raw' | HistoryBucket
export type HistoryRange = '1h' | '6h' | '24h' | '7d' | '30d'
