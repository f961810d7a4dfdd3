import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { storeDeliveries } from '@/features/alerting/channels/deliveries'
import type { DeliveryPolicy } from '@/features/alerting/channels/delivery-policy'
import { enqueueNotifications, resumeDeliveries } from '@/features/alerting/channels/enqueue'
import { alertmanagerAlerts, mailsTo, signatureValid, waitUntil } from '@tests/helpers/alert-receivers'
import { apiClients, tokenFor } from '@tests/helpers/api-clients'
import { startHttpReceiver } from '@tests/helpers/http-receiver'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { ensurePeers, peers } from '@tests/helpers/peers'
import { firingNotification, PASSWORD, seedTeams } from '@tests/integration/alerting/channel-fixture'

let ctx: TestPayload
let payload: Payload
let teams: Awaited<ReturnType<typeof seedTeams>>
let receiver: Awaited<ReturnType<typeof startHttpReceiver>>
const tag = `${testDatabase()}-${Date.now()}`
const WEBHOOK_SECRET = 'whsec-payments-only'

beforeAll(async () => {
  await ensurePeers(['smtp', 'alertmanager'])
  ctx = await createTestPayload()
  payload = ctx.payload
  teams = await seedTeams(payload, tag)
  receiver = await startHttpReceiver((request) => (request.path.startsWith('/failing') ? 500 : request.path.startsWith('/gone') ? 404 : 200))
})
afterAll(async () => {
  await receiver?.close()
  await ctx?.cleanup()
})

/** Only one channel enabled at a time, so each test knows where its notification goes. */
async function onlyChannel(data: Record<string, unknown>): Promise<number> {
  await payload.update({ collection: 'alert-channels', where: { id: { exists: true } }, data: { enabled: false }, overrideAccess: true })
  const doc = await payload.create({
    collection: 'alert-channels',
    data: { name: `${String(data.kind)} ${tag}`, workspace: teams.workspaces.payments, enabled: true, ...data } as never,
    overrideAccess: true,
  })
  return doc.id
}

const deliveriesOf = async (channel: number) =>
  (await payload.find({ collection: 'alert-deliveries', where: { channel: { equals: channel } }, overrideAccess: true, sort: 'id', depth: 0 })).docs

describe(`alert channels deliver on ${testDatabase()}`, () => {
  it('a generic webhook receives the notification as JSON, signed with the channel secret', async () => {
    const channel = await onlyChannel({ kind: 'webhook', webhookUrl: receiver.url(`/hook-${tag}`), webhookSecret: WEBHOOK_SECRET })
    await enqueueNotifications(payload, [firingNotification(teams.workspaces.payments, `pay-orders-${tag}`)])

    const request = receiver.received.find((r) => r.path === `/hook-${tag}`)!
    expect(request.method).toBe('POST')
    expect(request.headers['content-type']).toBe('application/json')
    expect(signatureValid(String(request.headers['orbit-signature']), request.body, WEBHOOK_SECRET)).toBe(true)
    expect(signatureValid(String(request.headers['orbit-signature']), request.body, 'another-secret')).toBe(false)
    expect(JSON.parse(request.body)).toMatchObject({
      status: 'firing',
      ruleName: 'Payments lag',
      target: { name: `pay-orders-${tag}` },
      url: `http://localhost:3000/w/payments/groups/pay-orders-${tag}`,
    })
    const [delivery] = await deliveriesOf(channel)
    expect(delivery).toMatchObject({ status: 'sent', attempts: 1, responseCode: 200, lastError: null })
  })

  it('a Slack-compatible incoming webhook receives text and blocks', async () => {
    await onlyChannel({ kind: 'slack', slackWebhookUrl: receiver.url(`/slack-${tag}`) })
    await enqueueNotifications(payload, [firingNotification(teams.workspaces.payments, `pay-<b>-${tag}`)])
    const request = receiver.received.find((r) => r.path === `/slack-${tag}`)!
    const message = JSON.parse(request.body) as { text: string; blocks: { type: string; text?: { text: string } }[] }
    expect(message.text).toBe(`[FIRING] Payments lag: pay-<b>-${tag} (Lag above 1000 messages: 4200 on pay-<b>-${tag})`)
    expect(message.blocks[0]!.text!.text).toBe(`*[FIRING] Payments lag: pay-&lt;b&gt;-${tag}*\nLag above 1000 messages: 4200 on pay-&lt;b&gt;-${tag}`)
  })

  it('an email channel sends a mail the SMTP server receives (recipients, subject, body)', async () => {
    await onlyChannel({
      kind: 'email',
      smtpHost: peers.smtp.host,
      smtpPort: peers.smtp.port,
      emailFrom: 'orbit@orbit.test',
      emailTo: `oncall-${tag}@payments.test, lead-${tag}@payments.test`,
    })
    await enqueueNotifications(payload, [firingNotification(teams.workspaces.payments, `pay-mail-${tag}`)])
    const mail = await waitUntil(() => mailsTo(`oncall-${tag}@payments.test`)[0], 'the mail')
    expect(mail.rcptTos).toEqual([`oncall-${tag}@payments.test`, `lead-${tag}@payments.test`])
    expect(mail.from).toBe('orbit@orbit.test')
    expect(mail.subject).toBe(`[FIRING] Payments lag: pay-mail-${tag}`)
    expect(mail.text).toContain(`Lag above 1000 messages: 4200 on pay-mail-${tag}`)
    expect(mail.text).toContain(`http://localhost:3000/w/payments/groups/pay-mail-${tag}`)
  })

  it('an Alertmanager channel posts to API v2: the alert is listed while firing and gone once resolved', async () => {
    await onlyChannel({ kind: 'alertmanager', alertmanagerUrl: peers.alertmanagerUrl })
    const group = `pay-am-${tag}`
    const listed = () => alertmanagerAlerts(`group="${group}"`)
    await enqueueNotifications(payload, [firingNotification(teams.workspaces.payments, group)])
    const [alert] = await listed()
    expect(alert).toMatchObject({
      labels: { alertname: 'PaymentsLag', workspace: 'payments', cluster: 'cluster-1', group, severity: 'error' },
      annotations: { summary: `Lag above 1000 messages: 4200 on ${group}` },
      generatorURL: `http://localhost:3000/w/payments/groups/${group}`,
    })
    await enqueueNotifications(payload, [firingNotification(teams.workspaces.payments, group, { status: 'resolved', endsAt: new Date().toISOString() })])
    expect(await listed()).toEqual([])
  })

  it('a failing webhook is retried with backoff, then marked failed with its error', async () => {
    const policy: DeliveryPolicy = { maxAttempts: 3, firstRetryDelayMs: 60_000, maxRetryDelayMs: 600_000, claimTimeoutMs: 120_000, timeoutMs: 5_000 }
    const channel = await onlyChannel({ kind: 'webhook', webhookUrl: receiver.url(`/failing-${tag}`), webhookSecret: WEBHOOK_SECRET })
    const t0 = Date.now()
    const at = (ms: number) => () => new Date(t0 + ms)
    const hits = () => receiver.received.filter((r) => r.path === `/failing-${tag}`).length

    await enqueueNotifications(payload, [firingNotification(teams.workspaces.payments, `pay-fail-${tag}`)], { policy, now: at(0) })
    expect(hits()).toBe(1)
    expect((await deliveriesOf(channel))[0]).toMatchObject({ status: 'retrying', attempts: 1, responseCode: 500, lastError: 'HTTP 500 Internal Server Error' })

    // Not due before the first delay (60 s), due after it; the second delay doubles (120 s).
    expect(await resumeDeliveries(payload, { policy, now: at(59_000) })).toBe(0)
    expect(await resumeDeliveries(payload, { policy, now: at(60_000) })).toBe(1)
    expect(await resumeDeliveries(payload, { policy, now: at(60_000 + 119_000) })).toBe(0)
    expect(await resumeDeliveries(payload, { policy, now: at(60_000 + 120_000) })).toBe(1)
    expect(hits()).toBe(3)

    const [delivery] = await deliveriesOf(channel)
    expect(delivery).toMatchObject({ status: 'failed', attempts: 3, responseCode: 500, lastError: 'HTTP 500 Internal Server Error', nextAttemptAt: null })
    expect(await resumeDeliveries(payload, { policy, now: at(3_600_000) })).toBe(0)
    expect(hits()).toBe(3)
  })

  it('a refusal that another attempt cannot change (404) fails the delivery at once', async () => {
    const channel = await onlyChannel({ kind: 'webhook', webhookUrl: receiver.url(`/gone-${tag}`), webhookSecret: WEBHOOK_SECRET })
    await enqueueNotifications(payload, [firingNotification(teams.workspaces.payments, `pay-gone-${tag}`)])
    expect((await deliveriesOf(channel))[0]).toMatchObject({
      status: 'failed',
      attempts: 1,
      responseCode: 404,
      lastError: 'HTTP 404 Not Found',
      nextAttemptAt: null,
    })
  })

  it('deliveries left pending by a stopped process are sent by the next resume, once', async () => {
    const channel = await onlyChannel({ kind: 'webhook', webhookUrl: receiver.url(`/resume-${tag}`), webhookSecret: WEBHOOK_SECRET })
    // The process stored the deliveries and stopped before sending them.
    await storeDeliveries(payload, [firingNotification(teams.workspaces.payments, `pay-resume-${tag}`)], new Date())
    expect(receiver.received.filter((r) => r.path === `/resume-${tag}`)).toHaveLength(0)

    expect(await resumeDeliveries(payload)).toBe(1)
    expect(await resumeDeliveries(payload)).toBe(0)
    expect(receiver.received.filter((r) => r.path === `/resume-${tag}`)).toHaveLength(1)
    expect((await deliveriesOf(channel))[0]).toMatchObject({ status: 'sent', attempts: 1 })
  })

  it('a delivery whose sender stopped mid-attempt is sent again once its claim times out', async () => {
    const channel = await onlyChannel({ kind: 'webhook', webhookUrl: receiver.url(`/claimed-${tag}`), webhookSecret: WEBHOOK_SECRET })
    const t0 = Date.now()
    const [id] = await storeDeliveries(payload, [firingNotification(teams.workspaces.payments, `pay-claimed-${tag}`)], new Date(t0))
    // What a claim leaves behind when its process dies before recording the outcome (claim timeout 120 s).
    await payload.db.updateOne({
      collection: 'alert-deliveries',
      id: id!,
      data: { status: 'sending', attempts: 1, nextAttemptAt: new Date(t0 + 120_000).toISOString() },
    })
    const policy: DeliveryPolicy = { maxAttempts: 6, firstRetryDelayMs: 30_000, maxRetryDelayMs: 600_000, claimTimeoutMs: 120_000, timeoutMs: 5_000 }
    expect(await resumeDeliveries(payload, { policy, now: () => new Date(t0 + 119_000) })).toBe(0)
    expect(await resumeDeliveries(payload, { policy, now: () => new Date(t0 + 120_000) })).toBe(1)
    expect(receiver.received.filter((r) => r.path === `/claimed-${tag}`)).toHaveLength(1)
    expect((await deliveriesOf(channel))[0]).toMatchObject({ status: 'sent', attempts: 2 })
  })

  it('a notification goes to the enabled channels of its own workspace only', async () => {
    await onlyChannel({ kind: 'webhook', webhookUrl: receiver.url(`/payments-${tag}`), webhookSecret: WEBHOOK_SECRET })
    await payload.create({
      collection: 'alert-channels',
      data: {
        name: 'logistics hook',
        workspace: teams.workspaces.logistics,
        kind: 'webhook',
        webhookUrl: receiver.url(`/logistics-${tag}`),
        webhookSecret: 'x',
      },
      overrideAccess: true,
    })
    await enqueueNotifications(payload, [firingNotification(teams.workspaces.logistics, `log-${tag}`)])
    expect(receiver.received.filter((r) => r.path === `/payments-${tag}`)).toHaveLength(0)
    expect(receiver.received.filter((r) => r.path === `/logistics-${tag}`)).toHaveLength(1)
  })

  it('deliveries (with their errors) are read by the managers of their workspace only', async () => {
    const list = async (user: keyof typeof teams.users) =>
      apiClients(payload, await tokenFor(payload, teams.users[user].email, PASSWORD)).rest('/alert-deliveries?limit=200&depth=0')
    const owner = await list('paymentsOwner')
    expect(owner.status).toBe(200)
    const workspaces = new Set((owner.body.docs as { workspace: number }[]).map((d) => d.workspace))
    expect([...workspaces]).toEqual([teams.workspaces.payments])
    expect((await list('paymentsMember')).status).toBe(403)
    const logistics = await list('logisticsOwner')
    expect((logistics.body.docs as { workspace: number }[]).map((d) => d.workspace)).toEqual([teams.workspaces.logistics])
  })
})
