import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { enqueueNotifications } from '@/features/alerting/channels/enqueue'
import { startHttpReceiver } from '@tests/helpers/http-receiver'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { firingNotification, seedTeams } from '@tests/integration/alerting/channel-fixture'

// The safe default this file checks: the other files allow private URLs for their local receivers.
vi.hoisted(() => {
  process.env.ORBIT_ALERT_ALLOW_PRIVATE_URLS = 'false'
})

/**
 * Without ORBIT_ALERT_ALLOW_PRIVATE_URLS, a channel aimed at a loopback, private or link-local
 * address (a literal, or a name resolving to one) is refused when saved; one stored before (or
 * written around the hook) is refused at send: the delivery fails, nothing is sent.
 */
const tag = `priv-${testDatabase()}-${Date.now()}`
let ctx: TestPayload
let payload: Payload
let teams: Awaited<ReturnType<typeof seedTeams>>
let receiver: Awaited<ReturnType<typeof startHttpReceiver>>

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  teams = await seedTeams(payload, tag)
  receiver = await startHttpReceiver()
})
afterAll(async () => {
  await receiver?.close()
  await ctx?.cleanup()
})

const create = (data: Record<string, unknown>) =>
  payload.create({
    collection: 'alert-channels',
    data: { name: `c ${tag}`, workspace: teams.workspaces.payments, ...data } as never,
    user: teams.users.paymentsOwner,
    overrideAccess: false,
  })

describe(`private channel addresses refused by default, ${testDatabase()}`, () => {
  it('at save: loopback, a name resolving to it, link-local metadata, a private SMTP host', async () => {
    const refused = async (data: Record<string, unknown>) => {
      const error = await create(data).then(
        () => null,
        (e: unknown) => e as { data?: { errors?: { path: string; message: string }[] } },
      )
      return error?.data?.errors?.map((e) => `${e.path}: ${e.message.split(' (')[0]}`)
    }
    expect(await refused({ kind: 'webhook', webhookUrl: receiver.url('/x'), webhookSecret: 's' })).toEqual([
      'webhookUrl: Refused: 127.0.0.1 is a private, loopback or link-local address',
    ])
    expect(await refused({ kind: 'webhook', webhookUrl: 'http://localhost:9/x', webhookSecret: 's' })).toEqual([
      'webhookUrl: Refused: localhost is a private, loopback or link-local address',
    ])
    expect(await refused({ kind: 'alertmanager', alertmanagerUrl: 'http://169.254.169.254/' })).toEqual([
      'alertmanagerUrl: Refused: 169.254.169.254 is a private, loopback or link-local address',
    ])
    expect(await refused({ kind: 'slack', slackWebhookUrl: 'http://10.0.0.7/services/x' })).toEqual([
      'slackWebhookUrl: Refused: 10.0.0.7 is a private, loopback or link-local address',
    ])
    expect(await refused({ kind: 'email', smtpHost: '192.168.0.25', emailFrom: 'o@orbit.test', emailTo: 'a@orbit.test' })).toEqual([
      'smtpHost: Refused: 192.168.0.25 is a private, loopback or link-local address',
    ])
    // A public address is accepted.
    expect(await refused({ kind: 'webhook', webhookUrl: 'https://8.8.8.8/hook', webhookSecret: 's' })).toBeUndefined()
  })

  it('at send: a stored loopback URL fails its delivery without a request', async () => {
    const channel = await create({ kind: 'webhook', webhookUrl: 'https://8.8.4.4/hook', webhookSecret: 's' })
    await payload.update({ collection: 'alert-channels', where: { id: { not_equals: channel.id } }, data: { enabled: false }, overrideAccess: true })
    // Written around the hook, as a row saved before the check existed would be.
    await payload.db.updateOne({ collection: 'alert-channels', id: channel.id, data: { webhookUrl: receiver.url(`/sent-${tag}`) } })
    await enqueueNotifications(payload, [firingNotification(teams.workspaces.payments, `g-${tag}`)])
    const deliveries = await payload.find({ collection: 'alert-deliveries', where: { channel: { equals: channel.id } }, depth: 0, overrideAccess: true })
    expect(deliveries.docs.map((d) => [d.status, d.lastError?.split(' (')[0]])).toEqual([
      ['failed', 'Refused: 127.0.0.1 is a private, loopback or link-local address'],
    ])
    expect(receiver.received).toEqual([])
  })
})
