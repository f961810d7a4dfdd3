import type { AlertSeverity } from '@/features/alerting/lib/notification'
import type { VerdictRule } from '@/features/consumer-groups/lib/types'

/**
 * What an alert rule watches. Group conditions are evaluated after each lag check, schema ones
 * after each schema sync, the cluster one (platform admins only) after every sync run.
 */
export const ALERT_CONDITIONS = [
  'group-health',
  'group-lag',
  'group-time-lag',
  'group-stalled',
  'group-empty',
  'schema-incompatible',
  'schema-deleted',
  'cluster-sync-failing',
] as const
export type AlertCondition = (typeof ALERT_CONDITIONS)[number]

export const GROUP_CONDITIONS = ['group-health', 'group-lag', 'group-time-lag', 'group-stalled', 'group-empty'] as const satisfies readonly AlertCondition[]
export const SCHEMA_CONDITIONS = ['schema-incompatible', 'schema-deleted'] as const satisfies readonly AlertCondition[]

/** Conditions whose `threshold` is required, and its unit. */
export const THRESHOLD_UNITS: Partial<Record<AlertCondition, string>> = {
  'group-lag': 'messages',
  'group-time-lag': 'seconds',
  'group-stalled': 'minutes',
  'cluster-sync-failing': 'minutes',
}

/** What a rule applies to: always inside its workspace (a cluster only for platform admins' cluster-wide rules). */
export const ALERT_TARGET_KINDS = ['workspace', 'virtual-cluster', 'consumer-group', 'name-pattern', 'cluster'] as const
export type AlertTargetKind = (typeof ALERT_TARGET_KINDS)[number]

/** The health levels a group-health rule fires at: Warning means Warning or worse. */
export const HEALTH_LEVELS = ['warn', 'err'] as const
export type HealthLevel = (typeof HEALTH_LEVELS)[number]

/** An alert state's status; `resolved` is also the status of a watched target that never fired. */
export const ALERT_STATUSES = ['pending', 'firing', 'resolved'] as const
export type AlertStatus = (typeof ALERT_STATUSES)[number]

export const ALERT_SEVERITIES = ['warning', 'error'] as const satisfies readonly AlertSeverity[]

/** A rule as the evaluation reads it (the alert-rules row, relationships as ids). */
export type AlertRule = {
  id: number
  name: string
  workspaceId: number | null
  enabled: boolean
  condition: AlertCondition
  healthLevel: HealthLevel | null
  verdictRule: VerdictRule | null
  threshold: number | null
  targetKind: AlertTargetKind
  consumerGroupId: number | null
  virtualClusterId: number | null
  clusterId: number | null
  pattern: string | null
  forEvaluations: number
  repeatIntervalMinutes: number
  severity: AlertSeverity
}
