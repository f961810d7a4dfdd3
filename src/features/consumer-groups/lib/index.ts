// The consumer-group lag API the sync engine, queries and UI use: pure functions, no I/O.
export * from '@/features/consumer-groups/lib/types'
export { computePartitionLag, summarizeGroupLag } from '@/features/consumer-groups/lib/partition-lag'
export {
  addPoint,
  createTimeLagTable,
  estimateTimeLag,
  groupTimeLag,
  DEFAULT_TIME_LAG_TABLE_SIZE,
} from '@/features/consumer-groups/lib/time-lag'
export {
  appendRecentLogEnd,
  appendWindowSlot,
  evaluateGroupStatus,
  evaluatePartitionStatus,
  DEFAULT_BURROW_CONFIG,
  type WindowPoll,
} from '@/features/consumer-groups/lib/burrow'
