import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClients, tokenFor } from '@tests/helpers/api-clients'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'

/**
 * Alert rules never reach outside their workspace, whatever a request forges: a Payments owner
 * can neither read nor target a Logistics group, virtual cluster, rule or alert; only owners and
 * admins of a workspace write its rules and silences; cluster-wide rules are platform admins'.
 */
const PASSWORD = 'correct-horse-battery'
let ctx: TestPayload
let payload: Payload
const ids = {} as Record<
  'payments' | 'logistics' | 'paymentsGroup' | 'logisticsGroup' | 'paymentsVc' | 'logisticsVc' | 'cluster' | 'logisticsRule' | 'logisticsState' | 'owner',
  number
>
const tokens = {} as Record<'owner' | 'member' | 'admin', string>

const create = async (collection: string, data: Record<string, unknown>) =>
  (await payload.create({ collection: collection as 'workspaces', data: data as never, overrideAccess: true, depth: 0 })).id
const post = (who: keyof typeof tokens, path: string, body: Record<string, unknown>, method = 'POST') =>
  apiClients(payload, tokens[who]).rest(path, { method, body: JSON.stringify(body) })
const groupRule = (workspace: number, extra: Record<string, unknown>) => ({ name: 'Behind', workspace, condition: 'group-lag', threshold: 100, ...extra })

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  ids.cluster = await create('kafka-clusters', { name: 'shared', bootstrapServers: '127.0.0.1:9092', securityProtocol: 'PLAINTEXT' })
  for (const ws of ['payments', 'logistics'] as const) {
    ids[ws] = await create('workspaces', { name: ws, slug: ws })
    const vc = await create('kafka-virtual-clusters', {
      name: `${ws}-prod`,
      workspace: ids[ws],
      environment: 'prod',
      physicalCluster: ids.cluster,
      topicPrefix: `${ws}-`,
      groupPrefix: `${ws}-`,
    })
    ids[`${ws}Vc`] = vc
    ids[`${ws}Group`] = await create('kafka-consumer-groups', { groupId: `${ws}-worker`, cluster: ids.cluster, workspace: ids[ws], virtualCluster: vc })
  }
  ids.logisticsRule = await create('alert-rules', groupRule(ids.logistics, { targetKind: 'consumer-group', consumerGroup: ids.logisticsGroup }))
  ids.logisticsState = await create('alert-states', {
    fingerprint: `rule-${ids.logisticsRule}/consumer-group/${ids.logisticsGroup}`,
    rule: ids.logisticsRule,
    workspace: ids.logistics,
    cluster: ids.cluster,
    targetKind: 'consumer-group',
    targetId: ids.logisticsGroup,
    targetName: 'logistics-worker',
    clusterName: 'shared',
    targetPath: '/kafka',
    status: 'firing',
    statusSince: new Date().toISOString(),
  })
  for (const [key, role] of [
    ['admin', null],
    ['owner', 'owner'],
    ['member', 'member'],
  ] as const) {
    const user = await create('users', { email: `${key}@alerts.test`, password: PASSWORD, name: key, role: role ? 'member' : 'platform-admin' })
    if (key === 'owner') ids.owner = user
    if (role) await create('workspace-members', { user, workspace: ids.payments, role, status: 'active' })
    tokens[key] = await tokenFor(payload, `${key}@alerts.test`, PASSWORD)
  }
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe(`alert rules stay inside their workspace, ${testDatabase()}`, () => {
  it('an owner creates a rule on her own workspace’s group, virtual cluster and pattern', async () => {
    for (const target of [
      { targetKind: 'consumer-group', consumerGroup: ids.paymentsGroup },
      { targetKind: 'virtual-cluster', virtualCluster: ids.paymentsVc },
      { targetKind: 'name-pattern', pattern: 'payments-*' },
      { targetKind: 'workspace' },
    ]) {
      const created = await post('owner', '/alert-rules', groupRule(ids.payments, target))
      expect(created.status, JSON.stringify(target)).toBe(201)
    }
  })

  it('a forged Logistics group or virtual cluster in a Payments rule is refused', async () => {
    const forgedGroup = await post('owner', '/alert-rules', groupRule(ids.payments, { targetKind: 'consumer-group', consumerGroup: ids.logisticsGroup }))
    expect(forgedGroup.status).toBe(400)
    const forgedVc = await post('owner', '/alert-rules', groupRule(ids.payments, { targetKind: 'virtual-cluster', virtualCluster: ids.logisticsVc }))
    expect(forgedVc.status).toBe(400)
    const missing = await post('owner', '/alert-rules', groupRule(ids.payments, { targetKind: 'consumer-group', consumerGroup: 999_999 }))
    expect(missing.status).toBe(400)
  })

  it('a Payments owner cannot create, move a rule to, read or change anything of Logistics', async () => {
    expect((await post('owner', '/alert-rules', groupRule(ids.logistics, { targetKind: 'workspace' }))).status).toBe(403)
    const own = await post('owner', '/alert-rules', groupRule(ids.payments, { targetKind: 'workspace' }))
    const ownId = (own.body.doc as { id: number }).id
    expect((await post('owner', `/alert-rules/${ownId}`, { workspace: ids.logistics }, 'PATCH')).status).toBe(400)
    const { rest } = apiClients(payload, tokens.owner)
    expect((await rest(`/alert-rules/${ids.logisticsRule}`)).status).toBe(404)
    expect((await rest(`/alert-states/${ids.logisticsState}`)).status).toBe(404)
    // Payload answers a write outside the update rule's filter with 403.
    expect((await post('owner', `/alert-rules/${ids.logisticsRule}`, { enabled: false }, 'PATCH')).status).toBe(403)
    expect((await post('owner', `/alert-states/${ids.logisticsState}`, { silencedUntil: new Date().toISOString() }, 'PATCH')).status).toBe(403)
    expect(await payload.findByID({ collection: 'alert-rules', id: ids.logisticsRule, overrideAccess: true })).toMatchObject({ enabled: true })
    expect(await payload.findByID({ collection: 'alert-states', id: ids.logisticsState, overrideAccess: true })).toMatchObject({ silencedUntil: null })
    const list = await rest('/alert-rules?limit=100&depth=0')
    expect((list.body.docs as { workspace: number }[]).every((r) => r.workspace === ids.payments)).toBe(true)
  })

  it('a plain member of Payments reads its rules but writes none', async () => {
    expect((await post('member', '/alert-rules', groupRule(ids.payments, { targetKind: 'workspace' }))).status).toBe(403)
    expect((await apiClients(payload, tokens.member).rest('/alert-rules?limit=100')).body.totalDocs).toBeGreaterThan(0)
  })

  it('cluster-wide rules and the sync condition are platform admins’ alone', async () => {
    const clusterWide = { name: 'Sync', condition: 'cluster-sync-failing', threshold: 5, targetKind: 'cluster', cluster: ids.cluster }
    expect((await post('owner', '/alert-rules', clusterWide)).status).toBe(403)
    expect((await post('owner', '/alert-rules', { ...clusterWide, workspace: ids.payments })).status).toBe(400)
    expect((await post('admin', '/alert-rules', clusterWide)).status).toBe(201)
  })

  it('a silence names the requester and leaves the engine’s fields alone', async () => {
    const rule = await create('alert-rules', groupRule(ids.payments, { targetKind: 'workspace' }))
    const state = await create('alert-states', {
      fingerprint: `rule-${rule}/consumer-group/${ids.paymentsGroup}`,
      rule,
      workspace: ids.payments,
      cluster: ids.cluster,
      targetKind: 'consumer-group',
      targetId: ids.paymentsGroup,
      targetName: 'payments-worker',
      clusterName: 'shared',
      targetPath: '/kafka',
      status: 'firing',
      statusSince: new Date().toISOString(),
    })
    const until = new Date(Date.now() + 3_600_000).toISOString()
    const patched = await post(
      'owner',
      `/alert-states/${state}`,
      { silencedUntil: until, silenceComment: 'deploying', silencedBy: 12345, status: 'resolved' },
      'PATCH',
    )
    expect(patched.status).toBe(200)
    const stored = await payload.findByID({ collection: 'alert-states', id: state, depth: 0, overrideAccess: true })
    expect(stored).toMatchObject({ silenceComment: 'deploying', silencedBy: ids.owner, status: 'firing' })
    expect(new Date(stored.silencedUntil!).toISOString()).toBe(until)
    expect((await post('member', `/alert-states/${state}`, { acknowledgedAt: until }, 'PATCH')).status).toBe(403)
  })
})
