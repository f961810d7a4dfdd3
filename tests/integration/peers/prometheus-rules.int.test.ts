import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { prometheusRules, prometheusRulesYaml, type PrometheusRuleInput } from '@/features/alerting/prometheus-rules'
import { promtoolCheckRules, startPrometheus } from '@tests/helpers/prometheus'

/**
 * A workspace's rules as a Prometheus rule file: promtool accepts it, and a real Prometheus that
 * scrapes metrics named as Orbit exports them loads every rule, evaluates it without error and
 * fires exactly the alerts the metrics call for (the Payments groups, never the Logistics one).
 */
const PORT = 19091

// Hand-written exposition in Orbit's families and labels (features/metrics/lag-families.ts).
const METRICS = `# TYPE kafka_consumergroup_group_sum_lag gauge
kafka_consumergroup_group_sum_lag{cluster_name="eu-1",group="payments-prod-orders"} 5000
kafka_consumergroup_group_sum_lag{cluster_name="eu-1",group="payments-prod-billing"} 10
kafka_consumergroup_group_sum_lag{cluster_name="eu-1",group="logistics-prod-orders"} 9000
# TYPE kafka_consumergroup_group_max_lag_seconds gauge
kafka_consumergroup_group_max_lag_seconds{cluster_name="eu-1",group="payments-prod-orders",is_simple_consumer="false"} 42
# TYPE kafka_consumergroup_group_offset gauge
kafka_consumergroup_group_offset{cluster_name="eu-1",group="payments-prod-orders",topic="orders",partition="0",member_host="",consumer_id="",client_id=""} 100
# TYPE orbit_consumergroup_members gauge
orbit_consumergroup_members{cluster_name="eu-1",group="payments-prod-idle"} 0
orbit_consumergroup_members{cluster_name="eu-1",group="payments-prod-orders"} 2
# TYPE orbit_consumergroup_health gauge
orbit_consumergroup_health{cluster_name="eu-1",group="payments-prod-orders",status="warn",rule="falling-behind"} 1
orbit_consumergroup_health{cluster_name="eu-1",group="payments-prod-orders",status="err",rule="falling-behind"} 0
# TYPE orbit_sync_last_run_failed gauge
orbit_sync_last_run_failed{cluster_name="eu-1",job="lagCheck"} 0
`

const paymentsPrefixes = { kind: 'group-prefixes' as const, prefixes: [{ clusterName: 'eu-1', groupPrefix: 'payments-prod-' }] }
const RULES: PrometheusRuleInput[] = [
  { id: 1, name: 'Payments lag', severity: 'error', target: paymentsPrefixes, condition: { kind: 'lag-above', messages: 1000 }, forSeconds: 0 },
  {
    id: 2,
    name: 'Payments idle',
    severity: 'warning',
    target: { kind: 'group-pattern', clusterName: 'eu-1', pattern: 'payments-*' },
    condition: { kind: 'group-empty' },
    forSeconds: 0,
  },
  {
    id: 3,
    name: 'Orders behind',
    severity: 'warning',
    target: { kind: 'group', clusterName: 'eu-1', groupId: 'payments-prod-orders' },
    condition: { kind: 'health', atLeast: 'warning' },
    forSeconds: 0,
  },
  { id: 4, name: 'Orders time lag', severity: 'error', target: paymentsPrefixes, condition: { kind: 'time-lag-above', seconds: 600 }, forSeconds: 60 },
  { id: 5, name: 'Orders stalled', severity: 'error', target: paymentsPrefixes, condition: { kind: 'stalled', minutes: 10 }, forSeconds: 300 },
  {
    id: 6,
    name: 'Lag check failing',
    severity: 'error',
    target: { kind: 'cluster', clusterName: 'eu-1' },
    condition: { kind: 'sync-failing', minutes: 5 },
    forSeconds: 300,
  },
  { id: 7, name: 'Subject deleted', severity: 'error', target: paymentsPrefixes, condition: { kind: 'subject-deleted' }, forSeconds: 0 },
]
const yaml = prometheusRulesYaml(prometheusRules('payments', RULES))

let metrics: ReturnType<typeof createServer>
let prometheus: Awaited<ReturnType<typeof startPrometheus>>

beforeAll(async () => {
  metrics = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' }).end(METRICS))
  await new Promise<void>((resolve) => metrics.listen(0, '127.0.0.1', resolve))
  const { port } = metrics.address() as AddressInfo
  const config = `global:
  scrape_interval: 1s
  evaluation_interval: 1s
rule_files: [rules.yml]
scrape_configs:
  - job_name: orbit
    static_configs: [{ targets: ["127.0.0.1:${port}"] }]
`
  prometheus = await startPrometheus(PORT, config, { 'rules.yml': yaml })
})
afterAll(async () => {
  await prometheus?.stop()
  await new Promise((resolve) => metrics?.close(resolve))
})

type RuleGroups = { groups: { name: string; rules: { name: string; health: string; lastError?: string; lastEvaluation: string }[] }[] }
type Alerts = { alerts: { labels: Record<string, string>; state: string }[] }

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await read()
  for (let i = 0; i < 60 && !done(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 500))
    value = await read()
  }
  return value
}

describe('Prometheus rules of a workspace', () => {
  it('pass promtool check rules (the schema rule skipped, the other six found)', async () => {
    const checked = await promtoolCheckRules(yaml)
    expect(checked.output).toContain('SUCCESS: 6 rules found')
    expect(checked.ok).toBe(true)
    expect(yaml).toContain('# skipped rule 7 (Subject deleted): schema conditions have no exported metric')
  })

  it('load into a real Prometheus, where every rule evaluates without error', async () => {
    const rules = await eventually(
      () => prometheus.api<RuleGroups>('/api/v1/rules'),
      (r) => r.groups[0]?.rules.every((rule) => rule.lastEvaluation > '2000') ?? false,
    )
    expect(rules.groups.map((g) => g.name)).toEqual(['orbit-payments'])
    expect(rules.groups[0]!.rules.map((r) => [r.name, r.health, r.lastError ?? ''])).toEqual(
      ['PaymentsLag', 'PaymentsIdle', 'OrdersBehind', 'OrdersTimeLag', 'OrdersStalled', 'LagCheckFailing'].map((name) => [name, 'ok', '']),
    )
  })

  it('fire for the Payments groups the metrics call for, never for Logistics; a stall waits for its `for`', async () => {
    const key = (a: Alerts['alerts'][number]) => `${a.labels.alertname} ${a.labels.group} ${a.state}`
    const firing = await eventually(
      () => prometheus.api<Alerts>('/api/v1/alerts'),
      (a) => a.alerts.length >= 4,
    )
    // The static offset never moves while lag is 5000: stalled, pending for its 5 minutes.
    expect(firing.alerts.map(key).sort()).toEqual([
      'OrdersBehind payments-prod-orders firing',
      'OrdersStalled payments-prod-orders pending',
      'PaymentsIdle payments-prod-idle firing',
      'PaymentsLag payments-prod-orders firing',
    ])
    expect(firing.alerts.find((a) => a.labels.alertname === 'PaymentsLag')!.labels).toMatchObject({
      severity: 'error',
      workspace: 'payments',
      orbit_rule_id: '1',
    })
  })
})
