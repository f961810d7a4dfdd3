import type { AlertTarget } from '@/features/alerting/lib/notification'
import type { AlertRule } from '@/features/alerting/lib/types'
import { GROUP_CONDITIONS, SCHEMA_CONDITIONS } from '@/features/alerting/lib/types'
import { nameMatchesPattern } from '@/features/alerting/lib/name-pattern'
import { paths } from '@/lib/paths'
import type { GroupLagStatus, VerdictRule } from '@/features/consumer-groups/lib/types'

/** Where a target lives: the ownership every synced object carries. */
type Placement = {
  id: number
  name: string
  clusterId: number
  clusterName: string
  workspaceId: number | null
  workspaceSlug: string | null
  virtualClusterId: number | null
}

/** A consumer group as the lag check left it. `committedOffsets`: the sum over its committed partitions (null: none). */
export type GroupTarget = Placement & {
  kind: 'consumer-group'
  lagStatus: GroupLagStatus | null
  lagRule: VerdictRule | null
  lagReason: string | null
  totalLag: number | null
  lagSeconds: number | null
  state: string | null
  committedOffsets: number | null
}

/** A Schema Registry subject as the schema sync left it. */
export type SchemaTarget = Placement & {
  kind: 'schema-subject'
  hasIncompatibleVersions: boolean
  latestVersion: number | null
  deleted: boolean
}

/** A physical cluster with the jobs whose last run failed. */
export type ClusterTarget = Placement & { kind: 'cluster'; failingJobs: string[] }

export type AlertTargetRow = GroupTarget | SchemaTarget | ClusterTarget

const GROUP = new Set<string>(GROUP_CONDITIONS)
const SCHEMA = new Set<string>(SCHEMA_CONDITIONS)

/** The kind of target a condition watches. */
export function targetKindOf(condition: AlertRule['condition']): AlertTargetRow['kind'] {
  return GROUP.has(condition) ? 'consumer-group' : SCHEMA.has(condition) ? 'schema-subject' : 'cluster'
}

/**
 * Whether a rule applies to a target: the target's kind is the condition's, it belongs to the
 * rule's workspace (a rule without one is a platform admin's cluster-wide rule), and it is the
 * rule's group, in its virtual cluster, matches its pattern or is on its cluster.
 */
export function ruleAppliesTo(rule: AlertRule, target: AlertTargetRow): boolean {
  if (!rule.enabled || targetKindOf(rule.condition) !== target.kind) return false
  if (rule.workspaceId !== null && target.workspaceId !== rule.workspaceId) return false
  switch (rule.targetKind) {
    case 'workspace':
      return rule.workspaceId !== null
    case 'virtual-cluster':
      return target.virtualClusterId !== null && target.virtualClusterId === rule.virtualClusterId
    case 'consumer-group':
      return target.kind === 'consumer-group' && target.id === rule.consumerGroupId
    case 'name-pattern':
      return rule.pattern !== null && nameMatchesPattern(target.name, rule.pattern)
    case 'cluster':
      return rule.clusterId === null || target.clusterId === rule.clusterId
  }
}

/** Stable per (rule, target): the same alert across repeats, restarts and resolution. */
export function alertFingerprint(ruleId: number, target: Pick<AlertTargetRow, 'kind' | 'id'>): string {
  return `rule-${ruleId}/${target.kind}/${target.id}`
}

/** The product page of a target: the workspace's page when it has one, else the unified one. */
export function targetPath(target: Pick<AlertTargetRow, 'kind' | 'id' | 'workspaceSlug'>): string {
  const slug = target.workspaceSlug
  if (target.kind === 'consumer-group') return slug ? paths.workspaceConsumerGroup(slug, target.id) : paths.kafkaConsumerGroup(target.id)
  if (target.kind === 'schema-subject') return slug ? paths.workspaceSchema(slug, target.id) : paths.kafkaSchema(target.id)
  return `${paths.admin()}/collections/kafka-clusters/${target.id}`
}

export function notificationTarget(target: AlertTargetRow): AlertTarget {
  return { kind: target.kind, name: target.name, clusterName: target.clusterName, path: targetPath(target) }
}
