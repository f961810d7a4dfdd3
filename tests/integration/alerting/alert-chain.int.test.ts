import { randomBytes } from 'node:crypto'

import { Admin, Producer, stringSerializers } from '@platformatic/kafka'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSchemaRegistryClient, type SchemaRegistryClient } from '@/integrations/schema-registry'
import { createActivities } from '@/sync/activities'
import { runConsumerGroupSync } from '@/sync/workflows/consumer-group-sync'
import { runLagCheck } from '@/sync/workflows/lag-check'
import { runSchemaSync } from '@/sync/workflows/schema-sync'
import { alertmanagerAlerts, mailsTo, signatureValid, waitUntil } from '@tests/helpers/alert-receivers'
import { startHttpReceiver } from '@tests/helpers/http-receiver'
import { bootstrapBrokers, commitOffsets, createLocalCluster, kafkaClientsOfRun } from '@tests/helpers/kafka-fixture'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { ensurePeers, peers } from '@tests/helpers/peers'
import { avroRecord, onlyThisRun } from '@tests/helpers/registry-scenario'
import { createRow, seedRunWorkspace } from '@tests/integration/alerting/channel-fixture'

/**
 * The whole alerting chain on the real peers, driven by the runners' own orchestrators (lag check,
 * schema sync; finishSyncRun evaluates and delivers): a group's committed offset stays behind the
 * produced records → after the rule's 2 evaluations exactly one notification on each channel (a
 * mail in the SMTP peer, a webhook whose signature the receiver checks with the channel secret,
 * an alert Alertmanager lists); recovery → exactly one "resolved" each; lag that comes back and
 * goes again inside the repeat interval sends nothing more. An incompatible version registered
 * in the registry → one notification.
 */
const run = `chain-${testDatabase()}-${randomBytes(4).toString('hex')}`
const topic = `${run}-orders`
const groupId = `${run}-billing`
const subject = `${run}-orders-value`
const SECRET = `whsec-${run}`
const MAILBOX = `oncall-${run}@payments.test`
const LAG_RULE = `Billing behind ${run}`
const SCHEMA_RULE = `Incompatible ${run}`

let ctx: TestPayload
let payload: Payload
let admin: Admin
let producer: Producer<string, string, string, string>
let registry: SchemaRegistryClient
let receiver: Awaited<ReturnType<typeof startHttpReceiver>>
let clusterId: number
let activities: ReturnType<typeof createActivities>
let lagRuleId: number

const produce = (count: number) => producer.send({ messages: Array.from({ length: count }, (_, i) => ({ topic, partition: 0, key: `k${i}`, value: `v${i}` })) })
const commit = (offset: number) => commitOffsets(admin, groupId, [{ name: topic, offsets: [[0, offset]] }])
async function lagCheck() {
  const result = await runLagCheck(activities, { clusterId, runner: 'embedded' })
  expect(result.outcome, result.error).toBe('succeeded')
}

/** What each channel received about one rule: mail subjects, verified webhook statuses, Alertmanager's listing. */
const webhooksOf = (rule: string) =>
  receiver.received
    .filter((r) => r.path === `/hook-${run}`)
    .map((r) => ({
      body: JSON.parse(r.body) as { ruleName: string; status: string },
      signed: signatureValid(String(r.headers['orbit-signature']), r.body, SECRET),
    }))
    .filter((r) => r.body.ruleName === rule)
    .map((r) => `${r.body.status}${r.signed ? '' : ' UNSIGNED'}`)
const mailsOf = (rule: string) =>
  mailsTo(MAILBOX)
    .filter((m) => m.subject.includes(rule))
    .map((m) => m.subject)
const deliveries = async (rule: string) =>
  (await payload.find({ collection: 'alert-deliveries', depth: 0, pagination: false, overrideAccess: true, sort: 'id' })).docs
    .filter((d) => d.notification?.ruleName === rule)
    .map((d) => `${d.notification?.status} ${d.status}`)

beforeAll(async () => {
  await ensurePeers(['smtp', 'alertmanager'])
  ctx = await createTestPayload()
  payload = ctx.payload
  receiver = await startHttpReceiver()
  registry = createSchemaRegistryClient({ baseUrl: peers.schemaRegistryUrl })
  activities = createActivities({ payload, kafkaClient: kafkaClientsOfRun(payload, run), registryClient: () => Promise.resolve(onlyThisRun(registry, run)) })
  admin = new Admin({ clientId: `${run}-admin`, bootstrapBrokers })
  await admin.createTopics({ topics: [topic], partitions: 1, replicas: 1 })
  producer = new Producer({ clientId: `${run}-producer`, bootstrapBrokers, serializers: stringSerializers, idempotent: true })
  await produce(20)
  await commit(20)
  clusterId = await createLocalCluster(payload, `${run}-local`)
  await payload.update({ collection: 'kafka-clusters', id: clusterId, data: { schemaRegistryUrl: peers.schemaRegistryUrl }, overrideAccess: true })
  const create = async (collection: string, data: Record<string, unknown>) => ({ id: await createRow(payload, collection, data) })
  const workspace = await seedRunWorkspace(payload, run, clusterId)
  await create('alert-channels', {
    name: 'mail',
    workspace,
    kind: 'email',
    smtpHost: peers.smtp.host,
    smtpPort: peers.smtp.port,
    emailFrom: 'orbit@orbit.test',
    emailTo: MAILBOX,
  })
  await create('alert-channels', { name: 'hook', workspace, kind: 'webhook', webhookUrl: receiver.url(`/hook-${run}`), webhookSecret: SECRET })
  await create('alert-channels', { name: 'am', workspace, kind: 'alertmanager', alertmanagerUrl: peers.alertmanagerUrl })
  expect((await runConsumerGroupSync(activities, { clusterId, runner: 'embedded' })).outcome).toBe('succeeded')
  const group = (await payload.find({ collection: 'kafka-consumer-groups', where: { groupId: { equals: groupId } }, depth: 0, overrideAccess: true })).docs[0]!
  expect(group.workspace).toBe(workspace)
  const rule = { workspace, repeatIntervalMinutes: 240 }
  lagRuleId = (
    await create('alert-rules', {
      ...rule,
      name: LAG_RULE,
      condition: 'group-lag',
      threshold: 10,
      targetKind: 'consumer-group',
      consumerGroup: group.id,
      forEvaluations: 2,
    })
  ).id
  await create('alert-rules', { ...rule, name: SCHEMA_RULE, condition: 'schema-incompatible', targetKind: 'workspace', forEvaluations: 1 })
}, 180_000)

afterAll(async () => {
  await registry?.deleteSubject(subject).catch(() => undefined)
  await registry?.deleteSubject(subject, { permanent: true }).catch(() => undefined)
  await receiver?.close()
  await producer?.close()
  await admin?.close()
  await ctx?.cleanup()
}, 60_000)

describe(`the alerting chain on the real broker, registry, SMTP server, webhook receiver and Alertmanager, ${testDatabase()}`, () => {
  it('a group left behind notifies once on each channel after 2 evaluations, resolves once, and its flapping inside the repeat interval sends nothing', async () => {
    const listed = () => alertmanagerAlerts(`group="${groupId}"`)
    await produce(30) // lag 30 > 10, the offset stays at 20
    await lagCheck() // 1 of 2: pending
    expect(await deliveries(LAG_RULE)).toEqual([])
    expect(webhooksOf(LAG_RULE)).toEqual([])

    await lagCheck() // 2 of 2: firing
    expect(await deliveries(LAG_RULE)).toEqual(['firing sent', 'firing sent', 'firing sent'])
    expect(webhooksOf(LAG_RULE)).toEqual(['firing'])
    expect(await waitUntil(() => (mailsOf(LAG_RULE).length ? mailsOf(LAG_RULE) : undefined), 'the firing mail')).toEqual([`[FIRING] ${LAG_RULE}: ${groupId}`])
    expect((await listed()).map((a) => a.labels.alertname)).toEqual([LAG_RULE])

    await commit(50) // caught up
    await lagCheck()
    expect(webhooksOf(LAG_RULE)).toEqual(['firing', 'resolved'])
    await waitUntil(() => (mailsOf(LAG_RULE).length === 2 ? true : undefined), 'the resolved mail')
    expect(await listed()).toEqual([])

    // Flapping: behind again for 2 evaluations (firing again), then caught up, all within the 240 minutes.
    await produce(30)
    await lagCheck()
    await lagCheck()
    await commit(80)
    await lagCheck()
    expect(webhooksOf(LAG_RULE)).toEqual(['firing', 'resolved'])
    expect(mailsOf(LAG_RULE)).toEqual([`[FIRING] ${LAG_RULE}: ${groupId}`, `[RESOLVED] ${LAG_RULE}: ${groupId}`])
    expect(await listed()).toEqual([])
    expect(await deliveries(LAG_RULE)).toEqual([...Array(3).fill('firing sent'), ...Array(3).fill('resolved sent')])
    // It did flap: fired and resolved a second time, unannounced.
    const events = await payload.find({
      collection: 'alert-events',
      where: { rule: { equals: lagRuleId } },
      sort: 'at',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    expect(events.docs.map((e) => `${e.fromStatus ?? 'new'}>${e.toStatus}${e.notified ? ' notified' : ''}`)).toEqual([
      'new>pending',
      'pending>firing notified',
      'firing>resolved notified',
      'resolved>pending',
      'pending>firing',
      'firing>resolved',
    ])
  }, 600_000)

  it('an incompatible version registered in the registry notifies once', async () => {
    await registry.setSubjectCompatibility(subject, 'NONE')
    await registry.registerSchema(subject, { schema: avroRecord([{ name: 'id', type: 'string' }]) })
    // A new field without a default: not BACKWARD compatible with version 1.
    await registry.registerSchema(subject, {
      schema: avroRecord([
        { name: 'id', type: 'string' },
        { name: 'amount', type: 'long' },
      ]),
    })
    await registry.setSubjectCompatibility(subject, 'BACKWARD')
    for (let i = 0; i < 2; i++) {
      const result = await runSchemaSync(activities, { clusterId, runner: 'embedded' })
      expect(result.outcome, result.error).toBe('succeeded')
    }
    expect(webhooksOf(SCHEMA_RULE)).toEqual(['firing'])
    expect(await waitUntil(() => (mailsOf(SCHEMA_RULE).length ? mailsOf(SCHEMA_RULE) : undefined), 'the schema mail')).toEqual([
      `[FIRING] ${SCHEMA_RULE}: ${subject}`,
    ])
    expect((await alertmanagerAlerts(`subject="${subject}"`)).map((a) => a.labels.alertname)).toEqual([SCHEMA_RULE])
    expect(await deliveries(SCHEMA_RULE)).toEqual(['firing sent', 'firing sent', 'firing sent'])
  }, 180_000)
})
