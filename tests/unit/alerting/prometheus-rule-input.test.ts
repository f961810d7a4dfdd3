import { describe, expect, it } from 'vitest'

import { prometheusRuleInput, type RuleScope } from '@/features/alerting/prometheus-rule-input'
import type { AlertRule } from '@/features/alerting/lib/types'
import { prometheusRules } from '@/features/alerting/prometheus-rules'

const stored = (over: Partial<AlertRule>): AlertRule => ({
  id: 7,
  name: 'Orders lag',
  workspaceId: 1,
  enabled: true,
  condition: 'group-lag',
  healthLevel: null,
  verdictRule: null,
  threshold: 500,
  targetKind: 'workspace',
  consumerGroupId: null,
  virtualClusterId: null,
  clusterId: null,
  pattern: null,
  forEvaluations: 4,
  repeatIntervalMinutes: 240,
  severity: 'warning',
  ...over,
})
const scope: RuleScope = {
  prefixes: [
    { virtualClusterId: 1, clusterName: 'eu-1', groupPrefix: 'pay-prod-' },
    { virtualClusterId: 2, clusterName: 'us-1', groupPrefix: 'pay-dev-' },
  ],
  groups: new Map([[9, { clusterName: 'eu-1', groupId: 'pay-prod-orders' }]]),
  clusterNames: new Map([[3, 'eu-1']]),
  evaluationSeconds: 30,
}
const exprOf = (rule: AlertRule) => prometheusRules('payments', [prometheusRuleInput(rule, scope)]).groups[0]!.rules[0]?.expr

describe('a stored rule as Prometheus rule input', () => {
  it('waits N evaluations × the lag check interval', () => {
    expect(prometheusRuleInput(stored({}), scope).forSeconds).toBe(120)
  })

  it('a workspace target is every virtual cluster’s prefix, a virtual cluster only its own', () => {
    expect(exprOf(stored({}))).toBe(
      '(kafka_consumergroup_group_sum_lag{cluster_name="eu-1",group=~"pay-prod-.*"} > 500) or (kafka_consumergroup_group_sum_lag{cluster_name="us-1",group=~"pay-dev-.*"} > 500)',
    )
    expect(exprOf(stored({ targetKind: 'virtual-cluster', virtualClusterId: 2 }))).toBe(
      'kafka_consumergroup_group_sum_lag{cluster_name="us-1",group=~"pay-dev-.*"} > 500',
    )
  })

  it('a pattern matches only among the workspace’s prefixes', () => {
    expect(exprOf(stored({ targetKind: 'name-pattern', pattern: '*orders', virtualClusterId: null }))).toContain(
      'kafka_consumergroup_group_sum_lag{cluster_name="eu-1",group=~"pay-prod-.*",group=~".*orders"} > 500',
    )
  })

  it('a named group by its cluster and id; health at Error with its verdict rule', () => {
    expect(
      exprOf(stored({ targetKind: 'consumer-group', consumerGroupId: 9, condition: 'group-health', healthLevel: 'err', verdictRule: 'burrow_stall' })),
    ).toBe('orbit_consumergroup_health{cluster_name="eu-1",group="pay-prod-orders",status=~"err",rule="burrow_stall"} == 1')
  })

  it('a group that is gone is skipped as spanning no cluster', () => {
    const file = prometheusRules('payments', [prometheusRuleInput(stored({ targetKind: 'consumer-group', consumerGroupId: 404 }), scope)])
    expect(file.skipped).toEqual([{ id: 7, name: 'Orders lag', reason: 'the target spans no cluster' }])
  })
})
