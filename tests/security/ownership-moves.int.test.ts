import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { emptyIfForbidden } from '@/lib/forbidden'
import type { User } from '@/payload-types'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'

/**
 * Issue 12, item 6: ownership is derived from virtual clusters, so a change of them must move every
 * owned row, or the old workspace keeps reading it. Payments owns the `acme-` prefix; Logistics is
 * given the longer `acme-pay-`, which takes over a group with its lag row and lag history in every tier, a topic,
 * its subject and the subject's versions. Each member's reads go through the Local API with access
 * enforced, for every collection, after each move.
 */
const HISTORY = { raw: 50, hour: 20, day: 5 } as const
const HISTORY_ROWS = HISTORY.raw + HISTORY.hour + HISTORY.day
const MOVED: readonly CollectionSlug[] = [
  'kafka-topics',
  'kafka-schemas',
  'kafka-schema-versions',
  'kafka-consumer-groups',
  'kafka-consumer-group-lag',
  'kafka-consumer-group-lag-history',
]
const EXPECTED_ROWS: Record<string, number> = {
  'kafka-topics': 1,
  'kafka-schemas': 1,
  'kafka-schema-versions': 2,
  'kafka-consumer-groups': 1,
  'kafka-consumer-group-lag': 1,
  'kafka-consumer-group-lag-history': HISTORY_ROWS,
}

let ctx: TestPayload
let payload: Payload
let cluster: number
let workspaces: { payments: number; logistics: number }
let members: { payments: User; logistics: User }
let logisticsVc: number

const create = async <T extends CollectionSlug>(collection: T, data: Record<string, unknown>) =>
  (await payload.create({ collection, data: data as never, overrideAccess: true, depth: 0 })) as unknown as { id: number }

/** A virtual cluster of the shared cluster whose topic and group prefixes are `prefix`. */
const virtualCluster = (name: string, workspace: number, prefix: string, application?: number) =>
  create('kafka-virtual-clusters', { name, workspace, application, environment: 'prod', physicalCluster: cluster, topicPrefix: prefix, groupPrefix: prefix })

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  // The first account of an installation is its platform admin.
  await create('users', { email: 'admin@orbit.test', password: 'correct-horse-battery', name: 'admin' })
  workspaces = {
    payments: (await create('workspaces', { name: 'Payments', slug: 'payments' })).id,
    logistics: (await create('workspaces', { name: 'Logistics', slug: 'logistics' })).id,
  }
  const member = async (key: keyof typeof workspaces) => {
    const user = await create('users', { email: `${key}@orbit.test`, password: 'correct-horse-battery', name: key, role: 'member' })
    await create('workspace-members', { user: user.id, workspace: workspaces[key], status: 'active', role: 'member' })
    return await payload.findByID({ collection: 'users', id: user.id, overrideAccess: true })
  }
  members = { payments: await member('payments'), logistics: await member('logistics') }
  cluster = (await create('kafka-clusters', { name: 'shared', bootstrapServers: '127.0.0.1:9092' })).id
  const paymentsVc = await virtualCluster('payments-prod', workspaces.payments, 'acme-')
  const owner = { cluster, workspace: workspaces.payments, virtualCluster: paymentsVc.id }
  const topic = await create('kafka-topics', { ...owner, name: 'pay-orders', fullName: 'acme-pay-orders', partitions: 1 })
  const subject = 'acme-pay-orders-value'
  const schema = await create('kafka-schemas', { ...owner, subject, topic: topic.id, topicName: 'acme-pay-orders', type: 'value', format: 'avro' })
  for (const version of [1, 2]) await create('kafka-schema-versions', { schema: schema.id, cluster, workspace: workspaces.payments, version })
  // Its lag (written through the group) is its own row, which moves with it.
  const group = await create('kafka-consumer-groups', { ...owner, groupId: 'acme-pay-billing', totalLag: 3 })
  const start = Date.parse('2026-11-01T00:00:00Z')
  for (const [resolution, count] of Object.entries(HISTORY)) {
    for (let i = 0; i < count; i++) {
      const timestamp = new Date(start + i * 60_000).toISOString()
      await create('kafka-consumer-group-lag-history', { ...owner, consumerGroup: group.id, resolution, timestamp, totalLag: i })
    }
  }
  await create('kafka-partition-offsets', { cluster, topic: 'acme-pay-orders', partition: 0 })
})

afterAll(async () => {
  await ctx?.cleanup()
})

/** How many rows of each collection a member reads, with access enforced. */
async function readable(user: User): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of [...MOVED, 'kafka-partition-offsets'] as CollectionSlug[]) {
    const read = payload.find({ collection, user, overrideAccess: false, pagination: false, depth: 0 }).then((list) => list.docs)
    counts[collection] = (await emptyIfForbidden(read, [])).length
  }
  return counts
}

const everything = () => ({ ...EXPECTED_ROWS, 'kafka-partition-offsets': 0 })
const nothing = () => ({ ...Object.fromEntries(MOVED.map((slug) => [slug, 0])), 'kafka-partition-offsets': 0 })

async function expectOwnedBy(owner: 'payments' | 'logistics') {
  const other = owner === 'payments' ? 'logistics' : 'payments'
  expect(await readable(members[owner]), `${owner} reads everything`).toEqual(everything())
  expect(await readable(members[other]), `${other} reads nothing`).toEqual(nothing())
}

describe(`ownership moves on ${testDatabase()}`, () => {
  it('before any move, Payments reads every row and Logistics none', async () => {
    await expectOwnedBy('payments')
  })

  it('a virtual cluster with a longer prefix moves the group, its history in every tier, the topic, the subject and its versions', async () => {
    logisticsVc = (await virtualCluster('logistics-prod', workspaces.logistics, 'acme-pay-')).id
    await expectOwnedBy('logistics')
  })

  it('changing that prefix away moves everything back', async () => {
    await payload.update({
      collection: 'kafka-virtual-clusters',
      id: logisticsVc,
      data: { topicPrefix: 'other-', groupPrefix: 'other-' },
      overrideAccess: true,
    })
    await expectOwnedBy('payments')
  })

  it('giving the virtual cluster to another workspace moves its rows with it', async () => {
    await payload.update({
      collection: 'kafka-virtual-clusters',
      id: logisticsVc,
      data: { topicPrefix: 'acme-pay-', groupPrefix: 'acme-pay-' },
      overrideAccess: true,
    })
    await expectOwnedBy('logistics')
    await payload.update({ collection: 'kafka-virtual-clusters', id: logisticsVc, data: { workspace: workspaces.payments }, overrideAccess: true })
    await expectOwnedBy('payments')
    await payload.update({ collection: 'kafka-virtual-clusters', id: logisticsVc, data: { workspace: workspaces.logistics }, overrideAccess: true })
    await expectOwnedBy('logistics')
  })

  it('deleting the virtual cluster moves everything back to the shorter prefix', async () => {
    await payload.delete({ collection: 'kafka-virtual-clusters', id: logisticsVc, overrideAccess: true })
    await expectOwnedBy('payments')
  })

  it('moved rows carry the new virtual cluster and application, not only the workspace', async () => {
    const app = await create('kafka-applications', { workspace: workspaces.logistics, name: 'Routing', slug: 'routing' })
    const vc = await virtualCluster('routing-prod', workspaces.logistics, 'acme-pay-', app.id)
    const stored = async (collection: 'kafka-topics' | 'kafka-schemas' | 'kafka-consumer-groups') =>
      (await payload.find({ collection, overrideAccess: true, depth: 0 })).docs.map((d) => [d.workspace, d.virtualCluster, d.application])
    for (const collection of ['kafka-topics', 'kafka-schemas', 'kafka-consumer-groups'] as const) {
      expect(await stored(collection), collection).toEqual([[workspaces.logistics, vc.id, app.id]])
    }
    const history = await payload.find({ collection: 'kafka-consumer-group-lag-history', overrideAccess: true, depth: 0, pagination: false })
    const owners = history.docs.map((h) => JSON.stringify([h.workspace, h.virtualCluster]))
    expect(new Set(owners)).toEqual(new Set([JSON.stringify([workspaces.logistics, vc.id])]))
  })
})
