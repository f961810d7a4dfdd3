import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { packSample } from '@/features/consumer-groups/lib'
import type { User } from '@/payload-types'
import type { GroupLagRow, LagHistoryRow } from '@/sync/activities/lag-check/build-rows'
import { writeGroupLag } from '@/sync/activities/lag-check/write-rows'
import { createTestPayload, type TestPayload } from '@tests/helpers/payload'

/**
 * Issue 12, item 6, the race: a lag check reads its groups (and their owners) at the start of a
 * cycle and writes their history rows at the end. A change of virtual clusters in between moved the
 * group to Logistics; the history row the cycle writes must belong to Logistics too, not to the
 * Payments owner the cycle read.
 */
let ctx: TestPayload
let payload: Payload
let members: { payments: User; logistics: User }
let group: number
let cluster: number
let payments: { workspace: number; virtualCluster: number }

const create = async <T extends CollectionSlug>(collection: T, data: Record<string, unknown>) =>
  (await payload.create({ collection, data: data as never, overrideAccess: true, depth: 0 })) as unknown as { id: number }

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  await create('users', { email: 'admin@orbit.test', password: 'correct-horse-battery', name: 'admin' })
  cluster = (await create('kafka-clusters', { name: 'shared', bootstrapServers: '127.0.0.1:9092' })).id
  const member = async (name: string, prefix: string) => {
    const workspace = (await create('workspaces', { name, slug: name.toLowerCase() })).id
    const user = await create('users', { email: `${prefix}@orbit.test`, password: 'correct-horse-battery', name, role: 'member' })
    await create('workspace-members', { user: user.id, workspace, status: 'active', role: 'member' })
    const vc = await create('kafka-virtual-clusters', {
      name,
      workspace,
      environment: 'prod',
      physicalCluster: cluster,
      topicPrefix: prefix,
      groupPrefix: prefix,
    })
    return { workspace, virtualCluster: vc.id, user: await payload.findByID({ collection: 'users', id: user.id, overrideAccess: true }) }
  }
  const p = await member('Payments', 'acme-')
  const l = await member('Logistics', 'acme-pay-')
  payments = { workspace: p.workspace, virtualCluster: p.virtualCluster }
  members = { payments: p.user, logistics: l.user }
  // The group as the move left it: owned by Logistics (the longer prefix).
  group = (await create('kafka-consumer-groups', { cluster, workspace: l.workspace, virtualCluster: l.virtualCluster, groupId: 'acme-pay-billing' })).id
})

afterAll(async () => {
  await ctx?.cleanup()
})

const historyRows = async (user: User) =>
  (await payload.find({ collection: 'kafka-consumer-group-lag-history', where: { consumerGroup: { equals: group } }, user, overrideAccess: false })).totalDocs
const lagRows = async (user: User) =>
  (await payload.find({ collection: 'kafka-consumer-group-lag', where: { consumerGroup: { equals: group } }, user, overrideAccess: false })).totalDocs

describe('a lag cycle that read its groups before a move', () => {
  it('writes their history rows with the owner the group has now', async () => {
    const at = '2026-12-03T12:00:00.000Z'
    const stale: LagHistoryRow = {
      consumerGroup: group,
      cluster,
      ...payments,
      timestamp: at,
      resolution: 'raw',
      samples: packSample({ time: Date.parse(at), totalLag: 42, maxPartitionLag: 42, lagSeconds: null, memberCount: 0, state: 'Empty' }),
      updatedAt: at,
      createdAt: at,
    }
    await writeGroupLag(payload, [], [stale])
    expect({ payments: await historyRows(members.payments), logistics: await historyRows(members.logistics) }).toEqual({ payments: 0, logistics: 1 })
  })

  it('writes their lag rows with the owner the group has now, and points the group at its lag row', async () => {
    const stale: GroupLagRow = {
      consumerGroup: group,
      ...payments,
      totalLag: 42,
      maxPartitionLag: 42,
      lagStatus: 'ok',
      lagCheckedAt: '2026-12-03T12:00:00.000Z',
    }
    await writeGroupLag(payload, [stale], [])
    expect({ payments: await lagRows(members.payments), logistics: await lagRows(members.logistics) }).toEqual({ payments: 0, logistics: 1 })
    const read = await payload.findByID({ collection: 'kafka-consumer-groups', id: group, user: members.logistics, overrideAccess: false, depth: 0 })
    expect(read.totalLag).toBe(42)
  })
})
