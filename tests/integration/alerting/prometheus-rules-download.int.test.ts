import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClients, tokenFor } from '@tests/helpers/api-clients'
import { createLocalCluster } from '@tests/helpers/kafka-fixture'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { promtoolCheckRules, startPrometheus } from '@tests/helpers/prometheus'
import { PASSWORD, seedTeams } from '@tests/integration/alerting/channel-fixture'

/**
 * The rules download from the alert-rules collection: rules created through the REST API by the
 * Payments owner come back, as a member downloads them, as Prometheus rules over the team's
 * group prefixes (a pattern only within them), `for` = N evaluations × the lag check interval
 * (60 s by default); promtool accepts the file and a real Prometheus loads every rule. A member
 * of Logistics gets the 404 of a missing workspace.
 */
const tag = `prd-${testDatabase()}-${Date.now()}`
const PORT = testDatabase() === 'postgres' ? 19197 : 19196
const cluster = `${tag}-eu`

let ctx: TestPayload
let payload: Payload
let teams: Awaited<ReturnType<typeof seedTeams>>
let paymentsSlug: string
let prometheus: Awaited<ReturnType<typeof startPrometheus>> | undefined

async function download(email: string, slug: string) {
  const token = await tokenFor(payload, email, PASSWORD)
  const request = new Request(`http://localhost/api/alerting/workspaces/${slug}/prometheus-rules`, { headers: { Authorization: `JWT ${token}` } })
  const response = await handleEndpoints({ config: payload.config, request })
  return { status: response.status, text: await response.text() }
}

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  teams = await seedTeams(payload, tag)
  paymentsSlug = `payments-${tag}`
  const clusterId = await createLocalCluster(payload, cluster)
  const create = async (collection: string, data: Record<string, unknown>) =>
    (await payload.create({ collection: collection as 'workspaces', data: data as never, overrideAccess: true, depth: 0 })) as { id: number }
  const vc = (workspace: number, prefix: string) =>
    create('kafka-virtual-clusters', { name: prefix, workspace, environment: 'prod', physicalCluster: clusterId, topicPrefix: prefix, groupPrefix: prefix })
  const payments = await vc(teams.workspaces.payments, `${tag}-pay-`)
  await vc(teams.workspaces.logistics, `${tag}-log-`)
  const group = await create('kafka-consumer-groups', {
    groupId: `${tag}-pay-orders`,
    cluster: clusterId,
    workspace: teams.workspaces.payments,
    virtualCluster: payments.id,
  })
  const { rest } = apiClients(payload, await tokenFor(payload, teams.users.paymentsOwner.email, PASSWORD))
  const workspace = teams.workspaces.payments
  const rules = [
    { name: 'Payments lag', condition: 'group-lag', threshold: 1000, targetKind: 'workspace', forEvaluations: 3, severity: 'error' },
    { name: 'Orders erroring', condition: 'group-health', healthLevel: 'err', targetKind: 'consumer-group', consumerGroup: group.id },
    { name: 'Billing idle', condition: 'group-empty', targetKind: 'name-pattern', pattern: '*-billing', forEvaluations: 2 },
    { name: 'Prod time lag', condition: 'group-time-lag', threshold: 600, targetKind: 'virtual-cluster', virtualCluster: payments.id },
    { name: 'Incompatible schema', condition: 'schema-incompatible', targetKind: 'workspace' },
    { name: 'Switched off', condition: 'group-empty', targetKind: 'workspace', enabled: false },
  ]
  for (const rule of rules) {
    const created = await rest('/alert-rules', { method: 'POST', body: JSON.stringify({ workspace, ...rule }) })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
  }
}, 120_000)

afterAll(async () => {
  await prometheus?.stop()
  await ctx?.cleanup()
})

describe('the Prometheus rules download', () => {
  it('turns the stored rules into Prometheus rules over the workspace’s groups, for a member', async () => {
    const { status, text } = await download(teams.users.paymentsMember.email, paymentsSlug)
    expect(status).toBe(200)
    const prefix = `cluster_name=\\"${cluster}\\",group=~\\"${tag}-pay-.*\\"`
    expect(text).toContain(`expr: "kafka_consumergroup_group_sum_lag{${prefix}} > 1000"\n        for: 3m`)
    expect(text).toContain(
      `expr: "orbit_consumergroup_health{cluster_name=\\"${cluster}\\",group=\\"${tag}-pay-orders\\",status=~\\"err\\"} == 1"\n        for: 1m`,
    )
    expect(text).toContain(`expr: "orbit_consumergroup_members{${prefix},group=~\\".*-billing\\"} == 0"\n        for: 2m`)
    expect(text).toContain(`expr: "kafka_consumergroup_group_max_lag_seconds{${prefix}} > 600"`)
    expect(text).toMatch(/# skipped rule \d+ \(Incompatible schema\): schema conditions have no exported metric/)
    expect(text).not.toContain('SwitchedOff')
    expect(text).not.toContain(`${tag}-log-`)
  })

  it('passes promtool and loads into a real Prometheus, every rule listed in /api/v1/rules', async () => {
    const { text } = await download(teams.users.paymentsMember.email, paymentsSlug)
    const checked = await promtoolCheckRules(text)
    expect(checked.output).toContain('SUCCESS: 4 rules found')
    prometheus = await startPrometheus(PORT, 'global:\n  evaluation_interval: 1s\nrule_files: [rules.yml]\n', { 'rules.yml': text })
    type Rules = { groups: { name: string; rules: { name: string; health: string }[] }[] }
    let rules = await prometheus.api<Rules>('/api/v1/rules')
    for (let i = 0; i < 40 && !rules.groups[0]?.rules.every((r) => r.health === 'ok'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      rules = await prometheus.api<Rules>('/api/v1/rules')
    }
    expect(rules.groups.map((g) => g.name)).toEqual([`orbit-${paymentsSlug}`])
    expect(rules.groups[0]!.rules.map((r) => `${r.name} ${r.health}`)).toEqual(['PaymentsLag ok', 'OrdersErroring ok', 'BillingIdle ok', 'ProdTimeLag ok'])
  })

  it('is the 404 of a missing workspace for a member of another team', async () => {
    const { status } = await download(teams.users.logisticsOwner.email, paymentsSlug)
    expect(status).toBe(404)
  })
})
