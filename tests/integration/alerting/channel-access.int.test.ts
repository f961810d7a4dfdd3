import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { decryptSecret } from '@/lib/crypto/secrets'
import { env } from '@/lib/env'
import { apiClients, tokenFor } from '@tests/helpers/api-clients'
import { startHttpReceiver } from '@tests/helpers/http-receiver'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { PASSWORD, seedTeams } from '@tests/integration/alerting/channel-fixture'

/**
 * Who may see and use a workspace's alert channels: its owners and admins manage them and send
 * tests; its members read names only; another team sees nothing; secrets reach no one.
 */
let ctx: TestPayload
let payload: Payload
let teams: Awaited<ReturnType<typeof seedTeams>>
let receiver: Awaited<ReturnType<typeof startHttpReceiver>>
const tag = `${testDatabase()}-${Date.now()}`
const SECRETS = {
  webhookSecret: 'whsec-never-returned',
  slackWebhookUrl: 'https://hooks.slack.test/services/T0/B0/never-returned',
  smtpPassword: 'smtp-never-returned',
  alertmanagerPassword: 'am-never-returned',
}
let ids: { webhook: number; slack: number; email: number; alertmanager: number; logistics: number }

const SETTINGS = ['webhookUrl', 'smtpHost', 'smtpPort', 'smtpUsername', 'emailFrom', 'emailTo', 'alertmanagerUrl', 'alertmanagerUsername']

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  teams = await seedTeams(payload, tag)
  receiver = await startHttpReceiver((request) => (request.path.startsWith('/refuses') ? 403 : 200))
  const owner = teams.users.paymentsOwner
  const create = async (data: Record<string, unknown>, user = owner) =>
    (await payload.create({ collection: 'alert-channels', data: data as never, user, overrideAccess: false })).id
  const workspace = teams.workspaces.payments
  ids = {
    webhook: await create({ name: 'payments hook', workspace, kind: 'webhook', webhookUrl: receiver.url('/payments'), webhookSecret: SECRETS.webhookSecret }),
    slack: await create({ name: 'payments slack', workspace, kind: 'slack', slackWebhookUrl: SECRETS.slackWebhookUrl }),
    email: await create({
      name: 'payments mail',
      workspace,
      kind: 'email',
      smtpHost: '127.0.0.1',
      smtpPort: 2525,
      smtpUsername: 'orbit',
      smtpPassword: SECRETS.smtpPassword,
      emailFrom: 'orbit@orbit.test',
      emailTo: 'oncall@payments.test',
    }),
    alertmanager: await create({
      name: 'payments am',
      workspace,
      kind: 'alertmanager',
      alertmanagerUrl: 'http://127.0.0.1:9',
      alertmanagerUsername: 'am',
      alertmanagerPassword: SECRETS.alertmanagerPassword,
    }),
    logistics: await create(
      {
        name: 'logistics hook',
        workspace: teams.workspaces.logistics,
        kind: 'webhook',
        webhookUrl: receiver.url('/logistics'),
        webhookSecret: 'logistics-secret',
      },
      teams.users.logisticsOwner,
    ),
  }
})
afterAll(async () => {
  await receiver?.close()
  await ctx?.cleanup()
})

const token = (user: keyof typeof teams.users) => tokenFor(payload, teams.users[user].email, PASSWORD)

function assertNoSecret(body: unknown) {
  const text = JSON.stringify(body)
  for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret)
  expect(text).not.toContain('enc:v1:')
}

/** REST answers do not even name the stored fields. */
function assertNoSecretFields(body: unknown) {
  assertNoSecret(body)
  expect(JSON.stringify(body)).not.toMatch(/Encrypted"/)
}

describe(`alert channel secrets on ${testDatabase()}`, () => {
  it('are stored encrypted and decrypt to what was typed', async () => {
    const raw = (await payload.findByID({ collection: 'alert-channels', id: ids.webhook, overrideAccess: true, showHiddenFields: true })) as unknown as Record<
      string,
      string
    >
    expect(raw.webhookSecretEncrypted).toMatch(/^enc:v1:/)
    expect(decryptSecret(raw.webhookSecretEncrypted!, env().ORBIT_SECRET_KEY)).toBe(SECRETS.webhookSecret)
    const slack = (await payload.findByID({ collection: 'alert-channels', id: ids.slack, overrideAccess: true, showHiddenFields: true })) as unknown as Record<
      string,
      string
    >
    expect(decryptSecret(slack.slackWebhookUrlEncrypted!, env().ORBIT_SECRET_KEY)).toBe(SECRETS.slackWebhookUrl)
  })

  it('never come back through REST (list, detail, create and update answers), even to a platform admin', async () => {
    for (const user of ['paymentsOwner', 'admin'] as const) {
      const { rest } = apiClients(payload, await token(user))
      assertNoSecretFields((await rest('/alert-channels?depth=2&limit=50')).body)
      for (const id of [ids.webhook, ids.slack, ids.email, ids.alertmanager]) assertNoSecretFields((await rest(`/alert-channels/${id}`)).body)
    }
    const { rest } = apiClients(payload, await token('paymentsOwner'))
    const patched = await rest(`/alert-channels/${ids.email}`, { method: 'PATCH', body: JSON.stringify({ smtpPassword: 'rotated-never-returned' }) })
    expect(patched.status).toBe(200)
    expect(JSON.stringify(patched.body)).not.toContain('rotated-never-returned')
    assertNoSecretFields(patched.body)
    const created = await rest('/alert-channels', {
      method: 'POST',
      body: JSON.stringify({
        name: 'second hook',
        workspace: teams.workspaces.payments,
        kind: 'webhook',
        webhookUrl: receiver.url('/second'),
        webhookSecret: 'created-never-returned',
      }),
    })
    expect(created.status).toBe(201)
    expect(JSON.stringify(created.body)).not.toContain('created-never-returned')
  })

  it('never come back through GraphQL, even when the stored fields are asked for by name', async () => {
    const { graphql } = apiClients(payload, await token('admin'))
    const listed = await graphql(
      '{ AlertChannels(limit: 50) { docs { name kind webhookUrl webhookSecret slackWebhookUrl smtpPassword alertmanagerPassword } } }',
    )
    assertNoSecret(listed)
    const docs = (listed.data?.AlertChannels as { docs: Record<string, unknown>[] }).docs
    expect(docs.find((d) => d.name === 'payments hook')).toMatchObject({ webhookSecret: null, webhookUrl: receiver.url('/payments') })
    const stored = await graphql('{ AlertChannels(limit: 50) { docs { name webhookSecretEncrypted slackWebhookUrlEncrypted } } }')
    assertNoSecret(stored)
    const hook = (stored.data?.AlertChannels as { docs: Record<string, unknown>[] }).docs.find((d) => d.name === 'payments hook')
    expect(hook).toEqual({ name: 'payments hook', webhookSecretEncrypted: null, slackWebhookUrlEncrypted: null })
  })

  it('a channel without the secret its kind needs is refused', async () => {
    const { rest } = apiClients(payload, await token('paymentsOwner'))
    const answer = await rest('/alert-channels', {
      method: 'POST',
      body: JSON.stringify({ name: 'unsigned', workspace: teams.workspaces.payments, kind: 'webhook', webhookUrl: receiver.url('/x') }),
    })
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.body)).toContain('This webhook channel needs a signing secret')
  })
})

describe(`alert channel access on ${testDatabase()}`, () => {
  it('a Payments member reads the names of Payments channels only, none of their settings', async () => {
    const { rest } = apiClients(payload, await token('paymentsMember'))
    const { status, body } = await rest('/alert-channels?limit=50&sort=name')
    expect(status).toBe(200)
    const docs = body.docs as Record<string, unknown>[]
    expect(docs.map((d) => d.name)).toEqual(['payments am', 'payments hook', 'payments mail', 'payments slack', 'second hook'])
    for (const doc of docs) expect(SETTINGS.filter((s) => doc[s] !== undefined)).toEqual([])
  })

  it('a Payments owner reads the settings of Payments channels and nothing of Logistics', async () => {
    const { rest, graphql } = apiClients(payload, await token('paymentsOwner'))
    const own = await rest(`/alert-channels/${ids.email}`)
    expect(own.body).toMatchObject({ smtpHost: '127.0.0.1', smtpPort: 2525, emailTo: 'oncall@payments.test' })
    expect((await rest(`/alert-channels/${ids.logistics}`)).status).toBe(404)
    const listed = await graphql('{ AlertChannels(limit: 50) { docs { name } } }')
    expect((listed.data?.AlertChannels as { docs: { name: string }[] }).docs.map((d) => d.name)).not.toContain('logistics hook')
  })

  it('a Payments owner can neither change, move into Logistics, delete nor create in Logistics', async () => {
    const { rest } = apiClients(payload, await token('paymentsOwner'))
    const renamed = await rest(`/alert-channels/${ids.logistics}`, { method: 'PATCH', body: JSON.stringify({ name: 'taken over' }) })
    expect(renamed.status).toBe(403)
    const deleted = await rest(`/alert-channels/${ids.logistics}`, { method: 'DELETE' })
    expect(deleted.status).toBe(403)
    const created = await rest('/alert-channels', {
      method: 'POST',
      body: JSON.stringify({ name: 'sneaky', workspace: teams.workspaces.logistics, kind: 'webhook', webhookUrl: receiver.url('/sneaky'), webhookSecret: 's' }),
    })
    expect(created.status).toBe(403)
    await rest(`/alert-channels/${ids.webhook}`, { method: 'PATCH', body: JSON.stringify({ workspace: teams.workspaces.logistics }) })
    const stored = await payload.findByID({ collection: 'alert-channels', id: ids.webhook, overrideAccess: true, depth: 0 })
    expect(stored.workspace).toBe(teams.workspaces.payments)
    const logistics = await payload.findByID({ collection: 'alert-channels', id: ids.logistics, overrideAccess: true, depth: 0 })
    expect(logistics.name).toBe('logistics hook')
  })

  it('a Payments member can neither create nor change a Payments channel', async () => {
    const { rest } = apiClients(payload, await token('paymentsMember'))
    const created = await rest('/alert-channels', {
      method: 'POST',
      body: JSON.stringify({ name: 'member hook', workspace: teams.workspaces.payments, kind: 'webhook', webhookUrl: receiver.url('/m'), webhookSecret: 's' }),
    })
    expect(created.status).toBe(403)
    const renamed = await rest(`/alert-channels/${ids.webhook}`, { method: 'PATCH', body: JSON.stringify({ name: 'renamed by a member' }) })
    expect(renamed.status).toBe(403)
  })

  it('"send a test": the owner gets the outcome; a Payments member is refused; Logistics is not found for Payments', async () => {
    const test = async (user: keyof typeof teams.users, id: number) =>
      apiClients(payload, await token(user)).rest(`/alerting/channels/${id}/test`, { method: 'POST' })

    const ok = await test('paymentsAdmin', ids.webhook)
    expect(ok).toMatchObject({ status: 200, body: { ok: true, code: 200 } })
    const sent = receiver.received.filter((r) => r.path === '/payments')
    expect(sent).toHaveLength(1)
    expect(JSON.parse(sent[0]!.body)).toMatchObject({ status: 'test', ruleName: 'Orbit test notification' })

    expect((await test('paymentsMember', ids.webhook)).status).toBe(403)
    expect((await test('paymentsOwner', ids.logistics)).status).toBe(404)
    expect(receiver.received.filter((r) => r.path === '/logistics')).toHaveLength(0)
  })

  it('"send a test" reports the error of a channel that refuses', async () => {
    const { rest } = apiClients(payload, await token('paymentsOwner'))
    await rest(`/alert-channels/${ids.webhook}`, { method: 'PATCH', body: JSON.stringify({ webhookUrl: receiver.url('/refuses') }) })
    const refused = await rest(`/alerting/channels/${ids.webhook}/test`, { method: 'POST' })
    expect(refused).toMatchObject({ status: 502, body: { ok: false, code: 403, error: 'HTTP 403 Forbidden' } })
    const unreachable = await rest(`/alerting/channels/${ids.alertmanager}/test`, { method: 'POST' })
    expect(unreachable.status).toBe(502)
    expect(unreachable.body).toMatchObject({ ok: false, code: null, error: expect.stringContaining('fetch failed') })
  })
})

describe(`Prometheus rule download on ${testDatabase()}`, () => {
  const download = async (slug: string, user?: keyof typeof teams.users) => {
    const { handleEndpoints } = await import('payload')
    const headers: Record<string, string> = user ? { Authorization: `JWT ${await token(user)}` } : {}
    const request = new Request(`http://localhost/api/alerting/workspaces/${slug}/prometheus-rules`, { headers })
    const response = await handleEndpoints({ config: payload.config, request })
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() }
  }

  it('a member downloads her workspace’s rule file; another team and anonymous requests do not', async () => {
    const own = await download(`payments-${tag}`, 'paymentsMember')
    expect(own.status).toBe(200)
    expect(own.type).toBe('application/yaml; charset=utf-8')
    expect(own.text).toContain(`  - name: "orbit-payments-${tag}"`)
    expect((await download(`payments-${tag}`, 'logisticsOwner')).status).toBe(404)
    expect((await download(`no-such-${tag}`, 'admin')).status).toBe(404)
    expect((await download(`payments-${tag}`)).status).toBe(401)
  })
})
