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

/** A log-end offset observed at a poll (kafka-lag-exporter's lookup-table point). */
export type OffsetTimePoint = { offset: number; time: number }

/** Bounded offset/time lookup table for one partition; JSON-serialisable so a restart keeps it. */
export type TimeLagTable = { limit: number; points: OffsetTimePoint[] }

/** Burrow's partition statuses (lower case). */
export type PartitionStatus = 'ok' | 'warn' | 'stop' | 'stall' | 'rewind'

/** Burrow's group status: STOP, STALL and REWIND partitions make the group 'err'. */
export type GroupStatus = 'ok' | 'warn' | 'err'

/** One slot of Burrow's sliding window: a committed offset, when it was seen, and the lag then. */
export type WindowSlot = { offset: number; timestamp: number; lag: number | null }

/**
 * A Burrow window as partitionDetail stores it: one flat array of numbers, the first slot in full
 * and every later slot relative to the one before, i.e.
 *   [offset₀, time₀, lag₀, offset₁ − offset₀, time₁ − time₀, lag₁, …]   (lag −1 = unknown).
 * Ten slots take about 150 bytes of JSON instead of about 480 as objects; with 10,000 groups of
 * 10 partitions that is the difference between ~20 and ~50 MB written per lag cycle.
 */
export type StoredWindow = number[]

/**
 * What partitionDetail stores per partition: the numbers shown, and Burrow's window for the next
 * poll in its compact stored form (the lag check's window codec).
 */
export type PartitionDetail = {
  topic: string
  partition: number
  committedOffset: number | null
  logStartOffset: number
  logEndOffset: number
  lag: number | null
  noCommit: boolean
  belowLogStart: boolean
  lagSeconds: number | null
  status: PartitionStatus | null
  owner: { memberId: string; clientId: string; host: string } | null
  window: StoredWindow
}

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

/** Direction of a group's lag over the last hour (stored on the group by the lag check). */
export const LAG_TRENDS = ['rising', 'falling', 'flat', 'unknown'] as const
export type LagTrend = (typeof LAG_TRENDS)[number]

export type Timestamp = number | string | Date

/** A lag-history row: raw (one poll) or already downsampled (min/max/sampleCount present). */
export type LagHistoryPoint = {
  timestamp: Timestamp
  totalLag: number | null
  minTotalLag?: number | null
  maxTotalLag?: number | null
  maxPartitionLag?: number | null
  /** Time lag of the sample, or the average of a downsampled row. */
  lagSeconds?: number | null
  /** Worst time lag of a downsampled row (raw samples leave it out). */
  maxLagSeconds?: number | null
  sampleCount?: number
}

/** A downsampled (or chart-capped) point; `timestamp` is the bucket start, ISO 8601 UTC. */
export type DownsampledPoint = {
  timestamp: string
  /** Sample-weighted average of the bucket's totals. */
  totalLag: number | null
  minTotalLag: number | null
  maxTotalLag: number | null
  maxPartitionLag: number | null
  /** Worst time lag in the bucket. */
  lagSeconds: number | null
  /** Sample-weighted average time lag in the bucket. */
  avgLagSeconds: number | null
  sampleCount: number
}

export type HistoryBucket = 'hour' | 'day'
export type HistoryResolution = 'raw' | HistoryBucket
export type HistoryRange = '1h' | '6h' | '24h' | '7d' | '30d'
