import { randomBytes } from 'node:crypto'

import { Admin, Producer, stringSerializers } from '@platformatic/kafka'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createActivities } from '@/sync/activities'
import { runConsumerGroupSync } from '@/sync/workflows/consumer-group-sync'
import { runLagCheck } from '@/sync/workflows/lag-check'
import { bootstrapBrokers, commitOffsets, createLocalCluster } from '@tests/helpers/kafka-fixture'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'

/**
 * The alert evaluation end to end on the real broker, through the runners' shared orchestrators:
 * a group falls behind (lag above the rule's threshold) → one firing transition, it stays behind →
 * nothing, a restart (new activities, so nothing in memory) → nothing, it catches up → one
 * resolved transition, and nothing after.
 */
const run = `alerts-${process.env.ORBIT_TEST_DB ?? 'db'}-${randomBytes(4).toString('hex')}`
const topic = `${run}-orders`
const groupId = `${run}-billing`

let ctx: TestPayload
let payload: Payload
let admin: Admin
let producer: Producer<string, string, string, string>
let clusterId: number
let ruleId: number

const produce = (count: number) => producer.send({ messages: Array.from({ length: count }, (_, i) => ({ topic, partition: 0, key: `k${i}`, value: `v${i}` })) })
const commit = (offset: number) => commitOffsets(admin, groupId, [{ name: topic, offsets: [[0, offset]] }])
async function lagCheck(activities = createActivities({ payload })) {
  const result = await runLagCheck(activities, { clusterId, runner: 'embedded' })
  expect(result.outcome, result.error).toBe('succeeded')
}
const events = async () =>
  (
    await payload.find({ collection: 'alert-events', where: { rule: { equals: ruleId } }, sort: 'at', depth: 0, pagination: false, overrideAccess: true })
  ).docs.map((e) => `${e.fromStatus ?? 'new'}>${e.toStatus}${e.notified ? ' notified' : ''}`)
const state = async () => (await payload.find({ collection: 'alert-states', where: { rule: { equals: ruleId } }, depth: 0, overrideAccess: true })).docs

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  admin = new Admin({ clientId: `${run}-admin`, bootstrapBrokers })
  await admin.createTopics({ topics: [topic], partitions: 1, replicas: 1 })
  producer = new Producer({ clientId: `${run}-producer`, bootstrapBrokers, serializers: stringSerializers, idempotent: true })
  await produce(20)
  await commit(20)
  clusterId = await createLocalCluster(payload, `${run}-local`)
  const create = async (collection: string, data: Record<string, unknown>) =>
    (await payload.create({ collection: collection as 'workspaces', data: data as never, overrideAccess: true, depth: 0 })) as { id: number }
  const workspace = await create('workspaces', { name: 'Payments', slug: `${run}-payments` })
  const application = await create('kafka-applications', { workspace: workspace.id, name: 'Billing', slug: 'billing' })
  await create('kafka-virtual-clusters', {
    name: `${run}-vc`,
    workspace: workspace.id,
    application: application.id,
    environment: 'prod',
    physicalCluster: clusterId,
    topicPrefix: `${run}-`,
    groupPrefix: `${run}-`,
  })
  expect((await runConsumerGroupSync(createActivities({ payload }), { clusterId, runner: 'embedded' })).outcome).toBe('succeeded')
  const group = (await payload.find({ collection: 'kafka-consumer-groups', where: { groupId: { equals: groupId } }, depth: 0, overrideAccess: true })).docs[0]!
  expect(group.workspace).toBe(workspace.id)
  ruleId = (
    await create('alert-rules', {
      name: 'Billing behind',
      workspace: workspace.id,
      condition: 'group-lag',
      threshold: 10,
      targetKind: 'consumer-group',
      consumerGroup: group.id,
      forEvaluations: 1,
      repeatIntervalMinutes: 240,
    })
  ).id
}, 180_000)

afterAll(async () => {
  await producer?.close()
  await admin?.close()
  await ctx?.cleanup()
})

describe(`lag alerts on the real broker, ${testDatabase()}`, () => {
  it('fires once when the group falls behind, not again while behind nor after a restart, and resolves once', async () => {
    await lagCheck()
    expect(await events()).toEqual([])
    expect(await state()).toHaveLength(0)

    await produce(30) // lag 30 > 10
    const worker = createActivities({ payload })
    await lagCheck(worker)
    expect(await events()).toEqual(['new>firing notified'])
    const [firing] = await state()
    expect(firing).toMatchObject({ status: 'firing', notifiedStatus: 'firing', targetName: groupId })

    await lagCheck(worker)
    await lagCheck(createActivities({ payload })) // a restart: a new process reads the stored state
    expect(await events()).toEqual(['new>firing notified'])
    expect((await state())[0]).toMatchObject({ status: 'firing', lastFiringNotifiedAt: firing!.lastFiringNotifiedAt, statusSince: firing!.statusSince })

    await commit(50)
    await lagCheck()
    await lagCheck()
    expect(await events()).toEqual(['new>firing notified', 'firing>resolved notified'])
    expect((await state())[0]).toMatchObject({ status: 'resolved', notifiedStatus: 'resolved' })
    // Six lag checks of the whole shared broker (other files' groups too: 25 s each with 12,000 groups on a loaded machine).
  }, 600_000)
})
