import type { BadgeTone } from '@/components/badge'
import { THRESHOLD_UNITS } from '@/features/alerting/lib/types'
import type { AlertRule, AlertState } from '@/payload-types'

/** Words for people: one place per label of the alerts pages. */
export const CONDITION_LABELS: Record<AlertRule['condition'], string> = {
  'group-health': 'Group health',
  'group-lag': 'Lag above',
  'group-time-lag': 'Time lag above',
  'group-stalled': 'Stalled for',
  'group-empty': 'Group gone empty',
  'schema-incompatible': 'Incompatible schema version',
  'schema-deleted': 'Subject deleted',
  'cluster-sync-failing': 'Cluster sync failing for',
}

export const TARGET_KIND_LABELS: Record<AlertRule['targetKind'], string> = {
  workspace: 'Whole workspace',
  'virtual-cluster': 'Virtual cluster',
  'consumer-group': 'Consumer group',
  'name-pattern': 'Name pattern',
  cluster: 'Cluster',
}

export const STATUS_TONES: Record<AlertState['status'], BadgeTone> = { firing: 'danger', pending: 'warning', resolved: 'success' }

/** The condition with its numbers, e.g. "Lag above 1000 messages" or "Group health at Error (falling_behind)". */
export function describeCondition(rule: Pick<AlertRule, 'condition' | 'threshold' | 'healthLevel' | 'verdictRule'>): string {
  const label = CONDITION_LABELS[rule.condition]
  const unit = THRESHOLD_UNITS[rule.condition]
  if (unit) return `${label} ${rule.threshold ?? '?'} ${unit}`
  if (rule.condition === 'group-health')
    return `${label} at ${rule.healthLevel === 'err' ? 'Error' : 'Warning or Error'}${rule.verdictRule ? ` (${rule.verdictRule})` : ''}`
  return label
}

export function formatTime(value: string | null | undefined): string {
  return value ? new Date(value).toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '—'
}
