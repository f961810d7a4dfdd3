import type { BurrowConfig, RecordReadBudget, RetentionConfig, VerdictSettings } from '@/features/consumer-groups/lib'
import { type EnvValues, envValues } from '@/lib/env'
import type { GroupLifecycle } from '@/sync/activities/consumer-group-sync/build-rows'
import { JOBS, type SyncJob, type TemporalNames } from '@/sync/shared/jobs'

/**
 * What the sync engine is configured with, derived once from the validated environment and passed
 * down as a dependency (createActivities, the runners, the schedules): nothing below reads it.
 */
export type SyncSettings = {
  intervalSeconds: Record<SyncJob, number>
  /** TTL of a run's cluster lease, renewed every third of it while the run is alive: a dead run blocks its job this long at most. */
  runLeaseMs: number
  /** Run records kept this long; older ones are pruned when a run finishes. */
  runRetentionDays: number
  groupLifecycle: GroupLifecycle
  burrow: BurrowConfig
  verdict: VerdictSettings
  /** What a lag check may spend reading the timestamps of the records at committed offsets. */
  recordReads: RecordReadBudget
  retention: RetentionConfig
  /** Alert deliveries kept this long; older settled ones are pruned by the retention job. */
  alertDeliveryRetentionDays: number
}

export function syncSettings(values: EnvValues = envValues()): SyncSettings {
  return {
    intervalSeconds: {
      schemaSync: values[JOBS.schemaSync.intervalSetting],
      consumerGroupSync: values[JOBS.consumerGroupSync.intervalSetting],
      lagCheck: values[JOBS.lagCheck.intervalSetting],
      retention: values[JOBS.retention.intervalSetting],
      topicSync: values[JOBS.topicSync.intervalSetting],
    },
    runLeaseMs: values.ORBIT_SYNC_RUN_LEASE_SECONDS * 1000,
    runRetentionDays: values.ORBIT_SYNC_RUN_RETENTION_DAYS,
    groupLifecycle: {
      inactiveAfterEmptyMs: values.ORBIT_GROUP_INACTIVE_AFTER_HOURS * 3_600_000,
      archiveAfterUnseenMs: values.ORBIT_GROUP_ARCHIVE_AFTER_DAYS * 86_400_000,
    },
    burrow: {
      windowSize: values.ORBIT_BURROW_WINDOW_SIZE,
      allowedLag: values.ORBIT_BURROW_ALLOWED_LAG,
      minimumComplete: values.ORBIT_BURROW_MIN_COMPLETE,
    },
    verdict: {
      fallingBehindWindowMs: values.ORBIT_VERDICT_FALLING_BEHIND_MINUTES * 60_000,
      consecutivePolls: values.ORBIT_VERDICT_CONSECUTIVE_POLLS,
    },
    recordReads: {
      partitions: values.ORBIT_TIME_LAG_READ_PARTITIONS,
      bytes: values.ORBIT_TIME_LAG_READ_BYTES,
      partitionBytes: values.ORBIT_TIME_LAG_READ_PARTITION_BYTES,
    },
    alertDeliveryRetentionDays: values.ORBIT_ALERT_DELIVERY_RETENTION_DAYS,
    retention: {
      rawDays: values.ORBIT_LAG_HISTORY_RAW_DAYS,
      hourDays: values.ORBIT_LAG_HISTORY_HOURLY_DAYS,
      deleteAfterDays: values.ORBIT_LAG_HISTORY_RETENTION_DAYS,
    },
  }
}

/** Task queue and id prefix (lets several installations share one Temporal namespace). */
export function temporalNames(values: EnvValues = envValues()): TemporalNames {
  return { taskQueue: values.ORBIT_TEMPORAL_TASK_QUEUE, idPrefix: values.ORBIT_TEMPORAL_ID_PREFIX }
}
