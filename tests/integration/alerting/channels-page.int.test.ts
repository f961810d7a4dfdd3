import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseChannelForm } from '@/features/alerting/channel-form'
import { getAlertChannel, getWorkspaceChannels } from '@/features/alerting/channel-queries'
import { saveAlertChannel } from '@/features/alerting/mutations'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { seedTeams } from '@tests/integration/alerting/channel-fixture'

/**
 * The channels page's reads and writes as each user: the Payments owner creates and edits a
 * channel (its secret kept when left empty, never read back) and sees its failed delivery; a
 * Payments member sees the channel's name read-only, no settings, no deliveries, and may not write;
 * Logistics sees nothing of it.
 */
const tag = `chp-${testDatabase()}-${Date.now()}`
let ctx: TestPayload
let payload: Payload
let teams: Awaited<ReturnType<typeof seedTeams>>
let channelId: number

const form = (entries: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(entries)) data.set(k, v)
  return data
}

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  teams = await seedTeams(payload, tag)
  const parsed = parseChannelForm(
    form({ name: 'Payments hook', enabled: 'on', webhookUrl: 'http://127.0.0.1:9/hook', webhookSecret: 'whsec-write-only' }),
    'webhook',
  )
  if (!parsed.ok) throw new Error(parsed.error)
  const created = await saveAlertChannel(teams.users.paymentsOwner, teams.workspaces.payments, 'webhook', parsed.value)
  if (!created.ok) throw new Error(created.error)
  channelId = created.id!
  await payload.create({
    collection: 'alert-deliveries',
    data: {
      workspace: teams.workspaces.payments,
      channel: channelId,
      fingerprint: 'f',
      notification: {
        fingerprint: 'f',
        workspaceId: teams.workspaces.payments,
        ruleId: 1,
        ruleName: 'Payments lag',
        status: 'firing',
        severity: 'error',
        target: { kind: 'consumer-group', name: 'g', clusterName: 'c', path: '/' },
        summary: 's',
        startsAt: new Date().toISOString(),
        labels: {},
      },
      status: 'failed',
      attempts: 6,
      responseCode: 500,
      lastError: 'HTTP 500 Internal Server Error',
    },
    overrideAccess: true,
  })
})
afterAll(async () => {
  await ctx?.cleanup()
})

describe(`the channels page's access, ${testDatabase()}`, () => {
  it('the owner sees the channel with its last delivery and failure, its settings but never its secret', async () => {
    const data = await getWorkspaceChannels(teams.users.paymentsOwner, teams.workspaces.payments)
    expect(data.canManage).toBe(true)
    expect(data.channels.map((c) => [c.name, c.lastDelivery?.status, c.failures.map((f) => f.lastError)])).toEqual([
      ['Payments hook', 'failed', ['HTTP 500 Internal Server Error']],
    ])
    const channel = await getAlertChannel(teams.users.paymentsOwner, teams.workspaces.payments, channelId)
    expect(channel?.webhookUrl).toBe('http://127.0.0.1:9/hook')
    expect(JSON.stringify(channel)).not.toContain('whsec-write-only')
  })

  it('an edit with the secret left empty keeps the stored secret', async () => {
    const before = await payload.findByID({ collection: 'alert-channels', id: channelId, overrideAccess: true, showHiddenFields: true })
    const parsed = parseChannelForm(form({ name: 'Payments hook 2', enabled: 'on', webhookUrl: 'http://127.0.0.1:9/other', webhookSecret: '' }), 'webhook')
    expect(parsed.ok && 'webhookSecret' in parsed.value).toBe(false)
    const saved = await saveAlertChannel(teams.users.paymentsAdmin, teams.workspaces.payments, 'webhook', parsed.ok ? parsed.value : ({} as never), channelId)
    expect(saved).toEqual({ ok: true, id: channelId })
    const after = await payload.findByID({ collection: 'alert-channels', id: channelId, overrideAccess: true, showHiddenFields: true })
    expect(after.name).toBe('Payments hook 2')
    expect(after.webhookSecretEncrypted).toBe(before.webhookSecretEncrypted)
    expect(typeof after.webhookSecretEncrypted).toBe('string')
  })

  it('a member sees names read-only: no settings, no deliveries, no writes', async () => {
    const data = await getWorkspaceChannels(teams.users.paymentsMember, teams.workspaces.payments)
    expect(data.canManage).toBe(false)
    expect(data.channels.map((c) => [c.name, c.lastDelivery, c.failures])).toEqual([['Payments hook 2', null, []]])
    const channel = await getAlertChannel(teams.users.paymentsMember, teams.workspaces.payments, channelId)
    expect(channel?.webhookUrl).toBeUndefined()
    const parsed = parseChannelForm(form({ name: 'taken over', webhookUrl: 'http://127.0.0.1:9/evil' }), 'webhook')
    expect(
      await saveAlertChannel(teams.users.paymentsMember, teams.workspaces.payments, 'webhook', parsed.ok ? parsed.value : ({} as never), channelId),
    ).toEqual({
      ok: false,
      error: 'You may not change this (workspace owners and admins only)',
    })
  })

  it('another team sees nothing of it', async () => {
    const data = await getWorkspaceChannels(teams.users.logisticsOwner, teams.workspaces.payments)
    expect(data).toEqual({ channels: [], canManage: false })
    expect(await getAlertChannel(teams.users.logisticsOwner, teams.workspaces.payments, channelId)).toBeNull()
  })
})
