import { Admin } from '@platformatic/kafka'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { KafkaAdminClient } from '@/integrations/kafka'
import { createActivities } from '@/sync/activities'
import { cachedKafkaClients } from '@/sync/activities/consumer-group-sync/activities'
import { bootstrapBrokers, commitOffsets, createLocalCluster, createTopicsAndProduce, run, topicA } from '@tests/helpers/kafka-fixture'
import { createTestPayload, type TestPayload } from '@tests/helpers/payload'

/**
 * Issue 12, item 6, the consumer-group sync's race: it reads the virtual clusters, describes the
 * groups and then writes every group with the owner it computed. A virtual cluster created in
 * between (Logistics takes the longer prefix) re-owns the group at once, and the sync's write then
 * put the old owner (Payments) back, for as long as the next sync. The sync notices the change and
 * re-owns again, so Payments' member ends with nothing of the group.
 */
const paymentsPrefix = `${run}-acme-`
const group = `${run}-acme-pay-billing`

let ctx: TestPayload
let payload: Payload
let admin: Admin
let clusterId: number
let workspaces: { payments: number; logistics: number }
let paymentsMember: { id: number; collection: 'users' } & Record<string, unknown>

const create = async <T extends CollectionSlug>(collection: T, data: Record<string, unknown>) =>
  (await payload.create({ collection, data: data as never, overrideAccess: true, depth: 0 })) as unknown as { id: number }

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  admin = new Admin({ clientId: `${run}-move-admin`, bootstrapBrokers })
  await createTopicsAndProduce(admin)
  await commitOffsets(admin, group, [{ name: topicA, offsets: [[0, 1]] }])
  await create('users', { email: 'admin@orbit.test', password: 'correct-horse-battery', name: 'admin' })
  workspaces = { payments: (await create('workspaces', { name: 'Payments', slug: `payments-${run}` })).id, logistics: 0 }
  workspaces.logistics = (await create('workspaces', { name: 'Logistics', slug: `logistics-${run}` })).id
  const user = await create('users', { email: 'payments@orbit.test', password: 'correct-horse-battery', name: 'payments', role: 'member' })
  await create('workspace-members', { user: user.id, workspace: workspaces.payments, status: 'active', role: 'member' })
  paymentsMember = (await payload.findByID({ collection: 'users', id: user.id, overrideAccess: true })) as never
  clusterId = await createLocalCluster(payload, `${run}-move`)
  await create('kafka-virtual-clusters', {
    name: 'payments',
    workspace: workspaces.payments,
    environment: 'prod',
    physicalCluster: clusterId,
    topicPrefix: paymentsPrefix,
    groupPrefix: paymentsPrefix,
  })
})

afterAll(async () => {
  await admin?.close()
  await ctx?.cleanup()
})

describe('a virtual cluster created while a consumer-group sync runs', () => {
  it('leaves the group with the new owner, not the one the sync read', async () => {
    const clients = cachedKafkaClients(payload)
    // The real client; while it describes the groups, Logistics gets the longer prefix.
    const kafkaClient = async (id: number): Promise<KafkaAdminClient> => {
      const client = await clients(id)
      return {
        ...client,
        requestCount: client.requestCount,
        describeGroups: async (groups) => {
          const described = await client.describeGroups(groups)
          await create('kafka-virtual-clusters', {
            name: 'logistics',
            workspace: workspaces.logistics,
            environment: 'prod',
            physicalCluster: clusterId,
            topicPrefix: `${paymentsPrefix}pay-`,
            groupPrefix: `${paymentsPrefix}pay-`,
          })
          return described
        },
      }
    }
    const counts = await createActivities({ payload, kafkaClient }).consumerGroupSync({ clusterId })
    const stored = await payload.find({ collection: 'kafka-consumer-groups', where: { groupId: { equals: group } }, depth: 0, overrideAccess: true })
    const readByPayments = await payload.find({
      collection: 'kafka-consumer-groups',
      where: { groupId: { equals: group } },
      user: paymentsMember,
      overrideAccess: false,
    })
    expect({ reowned: counts.reowned, workspace: stored.docs[0]?.workspace, paymentsReads: readByPayments.totalDocs }).toEqual({
      reowned: 1,
      workspace: workspaces.logistics,
      paymentsReads: 0,
    })
  })
})
