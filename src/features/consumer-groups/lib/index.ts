// The consumer-group lag API the sync engine, queries and UI use: pure functions, no I/O.
export * from '@/features/consumer-groups/lib/types'
export * from '@/features/consumer-groups/lib/stored-shapes'
export { partitionKey, type PartitionKey } from '@/features/consumer-groups/lib/partition-key'
export { decodeWindow, encodeWindow, type EncodedWindow } from '@/features/consumer-groups/lib/window-codec'
export { computePartitionLag, summarizeGroupLag } from '@/features/consumer-groups/lib/partition-lag'
export {
  addPoint,
  createTimeLagTable,
  estimateTimeLag,
  estimateTimeLagWithMethod,
  groupTimeLag,
  DEFAULT_TIME_LAG_TABLE_SIZE,
} from '@/features/consumer-groups/lib/time-lag'
export {
  partitionTimeLag,
  worstTimeLagMethod,
  DEFAULT_RECORD_READ_BUDGET,
  type PartitionTimeLag,
  type RecordReadBudget,
} from '@/features/consumer-groups/lib/partition-time-lag'
export {
  appendRecentLogEnd,
  appendWindowSlot,
  evaluateGroupStatus,
  evaluatePartitionStatus,
  DEFAULT_BURROW_CONFIG,
  type WindowPoll,
} from '@/features/consumer-groups/lib/burrow'
export { estimateTimeToClear, DEFAULT_CLEAR_TIME_SAMPLES } from '@/features/consumer-groups/lib/clear-time'
export {
  lagTrend,
  nextLagTrend,
  TREND_BUCKET_MS,
  TREND_WINDOW_MS,
  TREND_RELATIVE_TOLERANCE,
  TREND_ABSOLUTE_TOLERANCE,
} from '@/features/consumer-groups/lib/trend'
export {
  bucketStart,
  capPoints,
  downsample,
  pickResolution,
  retentionPlan,
  toEpochMs,
  DEFAULT_RETENTION,
  MAX_CHART_POINTS,
  type RetentionConfig,
  type RetentionPlan,
} from '@/features/consumer-groups/lib/downsample'
export {
  candidateVerdict,
  clearRise,
  evaluateGroupVerdict,
  fallingBehind,
  partitionVerdict,
  stabilize,
  windowCanTell,
  DEFAULT_VERDICT_SETTINGS,
  type FallingBehind,
  type PartitionVerdict,
  type Verdict,
  type VerdictSample,
  type VerdictSettings,
} from '@/features/consumer-groups/lib/verdict'
export { appendShareSlot, sharePartitionVerdict, shareProgressed, type SharePoll } from '@/features/consumer-groups/lib/share-verdict'
export {
  detectMembershipEvents,
  detectOffsetResets,
  lastCommitMovedAt,
  GROUP_EVENT_KINDS,
  type GroupEvent,
  type GroupEventKind,
  type GroupObservation,
  type PartitionWindow,
} from '@/features/consumer-groups/lib/group-events'
export {
  expectedSpacing,
  formatTick,
  isolatedPoints,
  rangeDomain,
  timeTicks,
  withGaps,
  DEFAULT_MAX_TICKS,
  GAP_FACTOR,
  type TimedRow,
} from '@/features/consumer-groups/lib/time-axis'
export { packSample, packSamples, sampleHour, samplePoint, unpackRows, unpackSamples, type RawLagSample } from '@/features/consumer-groups/lib/packed-samples'
