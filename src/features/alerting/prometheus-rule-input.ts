import type { AlertRule } from '@/features/alerting/lib/types'
import type { GroupPrefixOnCluster, PrometheusRuleCondition, PrometheusRuleInput, PrometheusRuleTarget } from '@/features/alerting/prometheus-rules'

/** The group prefix of one of the workspace's virtual clusters, on its physical cluster. */
export type VirtualClusterPrefix = GroupPrefixOnCluster & { virtualClusterId: number }

/** What a workspace's rules are resolved against: its virtual clusters' prefixes, the groups rules name, the clusters by id. */
export type RuleScope = {
  prefixes: readonly VirtualClusterPrefix[]
  groups: ReadonlyMap<number, { clusterName: string; groupId: string }>
  clusterNames: ReadonlyMap<number, string>
  /** The lag check's interval: one evaluation. */
  evaluationSeconds: number
}

const NOWHERE: PrometheusRuleTarget = { kind: 'group-prefixes', prefixes: [] }
const HEALTH = { warn: 'warning', err: 'error' } as const

function condition(rule: AlertRule): PrometheusRuleCondition {
  const threshold = rule.threshold ?? 0
  switch (rule.condition) {
    case 'group-health':
      return { kind: 'health', atLeast: HEALTH[rule.healthLevel ?? 'warn'], ...(rule.verdictRule ? { rule: rule.verdictRule } : {}) }
    case 'group-lag':
      return { kind: 'lag-above', messages: threshold }
    case 'group-time-lag':
      return { kind: 'time-lag-above', seconds: threshold }
    case 'group-stalled':
      return { kind: 'stalled', minutes: threshold }
    case 'group-empty':
      return { kind: 'group-empty' }
    case 'schema-incompatible':
      return { kind: 'schema-incompatible' }
    case 'schema-deleted':
      return { kind: 'subject-deleted' }
    case 'cluster-sync-failing':
      return { kind: 'sync-failing', minutes: threshold }
  }
}

/**
 * The rule's target as the metrics' labels: a virtual cluster or the workspace as its group
 * prefixes per physical cluster, a pattern within those prefixes (never another team's groups),
 * the named group, or a cluster. A target that is gone (a deleted group or cluster) spans no
 * cluster, which the converter lists as skipped.
 */
function target(rule: AlertRule, scope: RuleScope): PrometheusRuleTarget {
  const prefixes = (vc?: number | null) =>
    scope.prefixes.filter((p) => vc === undefined || p.virtualClusterId === vc).map(({ clusterName, groupPrefix }) => ({ clusterName, groupPrefix }))
  switch (rule.targetKind) {
    case 'workspace':
      return { kind: 'group-prefixes', prefixes: prefixes() }
    case 'virtual-cluster':
      return { kind: 'group-prefixes', prefixes: prefixes(rule.virtualClusterId) }
    case 'name-pattern':
      return { kind: 'group-pattern', pattern: rule.pattern ?? '', within: prefixes() }
    case 'consumer-group': {
      const group = rule.consumerGroupId === null ? undefined : scope.groups.get(rule.consumerGroupId)
      return group ? { kind: 'group', ...group } : NOWHERE
    }
    case 'cluster': {
      const name = rule.clusterId === null ? undefined : scope.clusterNames.get(rule.clusterId)
      return name ? { kind: 'cluster', clusterName: name } : NOWHERE
    }
  }
}

/** A rule of a workspace as the converter's input. */
export function prometheusRuleInput(rule: AlertRule, scope: RuleScope): PrometheusRuleInput {
  return {
    id: rule.id,
    name: rule.name,
    severity: rule.severity,
    target: target(rule, scope),
    condition: condition(rule),
    forSeconds: rule.forEvaluations * scope.evaluationSeconds,
  }
}
