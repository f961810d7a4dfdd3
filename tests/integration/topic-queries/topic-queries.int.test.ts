import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getSchemaTopic, getTopic, getTopicConsumers, getTopicSchemas, getTopics, getTopicSummary, topicSchemasKey } from '@/features/topics/queries'
import { toTopicConsumerRows } from '@/features/topics/rows'
import type { User } from '@/payload-types'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { fixtureUsers, seedTenancyFixture, type TenancyFixture, type UserKey } from '@tests/helpers/tenancy-fixture'

let ctx: TestPayload
let payload: Payload
let fixture: TenancyFixture
let users: Record<UserKey, User>
const ids: Record<string, number> = {}

const create = async (collection: 'kafka-topics' | 'kafka-schemas' | 'kafka-schema-versions' | 'kafka-consumer-groups', data: Record<string, unknown>) =>
  (await payload.create({ collection, data: data as never, overrideAccess: true, depth: 0 })).id

const lagOn = (topic: string, lags: number[]) =>
  lags.map((lag, partition) => ({
    topic,
    partition,
    committedOffset: 10,
    logStartOffset: 0,
    logEndOffset: 10 + lag,
    lag,
    noCommit: false,
    belowLogStart: false,
    lagSeconds: null,
    status: null,
    owner: null,
    window: [],
  }))

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  fixture = await seedTenancyFixture(payload)
  users = await fixtureUsers(payload, fixture)
  const cluster = [...fixture.owners['kafka-clusters'].entries()].find(([, ws]) => ws?.includes('A'))![0]
  const inA = { cluster, workspace: fixture.workspaces.A }
  const inB = { cluster, workspace: fixture.workspaces.B }
  ids.orders = await create('kafka-topics', {
    ...inA,
    name: 'tq-orders',
    fullName: 'a-prod-tq-orders',
    partitions: 3,
    consumerGroupCount: 2,
    worstGroupLag: 50,
  })
  ids.audit = await create('kafka-topics', { ...inA, name: 'tq-audit', fullName: 'a-prod-tq-audit', partitions: 1, consumerGroupCount: 1, worstGroupLag: 5 })
  ids.quiet = await create('kafka-topics', { ...inA, name: 'tq-quiet', fullName: 'a-prod-tq-quiet', partitions: 6, consumerGroupCount: 1, worstGroupLag: 0 })
  ids.gone = await create('kafka-topics', { ...inA, name: 'tq-gone', fullName: 'a-prod-tq-gone', status: 'deleted' })
  ids.offsets = await create('kafka-topics', { cluster, name: '__tq_offsets', fullName: '__tq_offsets', internal: true })
  ids.bTopic = await create('kafka-topics', { ...inB, name: 'tq-shipments', fullName: 'b-prod-tq-shipments', partitions: 2, worstGroupLag: 900 })
  const value = await create('kafka-schemas', { ...inA, subject: 'a-prod-tq-orders-value', format: 'avro', latestVersion: 2 })
  await create('kafka-schema-versions', { ...inA, schema: value, version: 1, isCompatible: true })
  await create('kafka-schema-versions', { ...inA, schema: value, version: 2, isCompatible: false })
  ids.valueSchema = value
  // A's group and B's group both read A's orders topic; B's group is not A's members' to see.
  await create('kafka-consumer-groups', {
    ...inA,
    groupId: 'a-prod-tq-reader',
    status: 'active',
    subscribedTopics: [ids.orders],
    partitionDetail: lagOn('a-prod-tq-orders', [3, 4, 5]),
  })
  await create('kafka-consumer-groups', {
    ...inA,
    groupId: 'a-prod-tq-fast',
    status: 'active',
    subscribedTopics: [ids.orders],
    partitionDetail: lagOn('a-prod-tq-orders', [0, 0, 1]),
  })
  await create('kafka-consumer-groups', {
    ...inB,
    groupId: 'b-prod-tq-spy',
    status: 'active',
    subscribedTopics: [ids.orders],
    partitionDetail: lagOn('a-prod-tq-orders', [50]),
  })
})

afterAll(async () => {
  await ctx?.cleanup()
})

const names = async (user: User, input: Record<string, unknown>) => (await getTopics(user, { search: 'tq-', ...input })).docs.map((t) => t.name)

describe(`topic queries on ${testDatabase()}`, () => {
  it('lists only the topics of the member’s workspaces, active and not internal by default', async () => {
    expect(await names(users.memberA, {})).toEqual(['tq-audit', 'tq-orders', 'tq-quiet'])
    expect(await names(users.memberAB, {})).toEqual(['tq-audit', 'tq-orders', 'tq-quiet', 'tq-shipments'])
    expect(await names(users.outsider, {})).toEqual([])
    expect(await names(users.memberA, { status: 'deleted' })).toEqual(['tq-gone'])
    expect(await names(users.admin, { internal: 'true', search: '__tq' })).toEqual(['__tq_offsets'])
    expect(await names(users.memberA, { internal: 'true', search: '__tq' })).toEqual([])
  })

  it('sorts by the worst group lag and filters topics a group lags on', async () => {
    expect(await names(users.memberA, { sort: '-worstGroupLag' })).toEqual(['tq-orders', 'tq-audit', 'tq-quiet'])
    expect(await names(users.memberA, { sort: 'worstGroupLag' })).toEqual(['tq-quiet', 'tq-audit', 'tq-orders'])
    expect(await names(users.memberA, { sort: '-partitions' })).toEqual(['tq-quiet', 'tq-orders', 'tq-audit'])
    expect(await names(users.memberA, { hasLag: 'true' })).toEqual(['tq-audit', 'tq-orders'])
    expect(await names(users.memberA, { hasLag: 'false' })).toEqual(['tq-quiet'])
    expect(await getTopicSummary(users.memberA, { search: 'tq-' })).toEqual({ total: 3, lagging: 2 })
  })

  it('reads one topic only for a member of its workspace (a 404 across workspaces)', async () => {
    expect((await getTopic(users.memberA, ids.orders!))?.name).toBe('tq-orders')
    expect(await getTopic(users.memberA, ids.bTopic!)).toBeNull()
    expect(await getTopic(users.outsider, ids.orders!)).toBeNull()
    expect((await getTopic(users.memberAB, ids.bTopic!))?.name).toBe('tq-shipments')
  })

  it('finds the key and value schemas by TopicNameStrategy with the latest version’s verdict', async () => {
    const orders = (await getTopic(users.memberA, ids.orders!))!
    const schemas = await getTopicSchemas(users.memberA, [orders])
    expect(schemas.get(topicSchemasKey(orders))).toEqual({
      key: null,
      value: { id: ids.valueSchema, subject: 'a-prod-tq-orders-value', latestVersion: 2, isCompatible: false },
    })
  })

  it('gives the groups consuming a topic that the user may read, largest lag on it first', async () => {
    const rows = (user: User) => getTopicConsumers(user, ids.orders!).then((groups) => toTopicConsumerRows('a-prod-tq-orders', groups))
    expect((await rows(users.memberA)).map((r) => [r.groupId, r.lagOnTopic])).toEqual([
      ['a-prod-tq-reader', 12],
      ['a-prod-tq-fast', 1],
    ])
    expect((await rows(users.memberAB)).map((r) => r.groupId)).toEqual(['b-prod-tq-spy', 'a-prod-tq-reader', 'a-prod-tq-fast'])
  })

  it('finds a schema’s topic by its name on its cluster when the sync left it unlinked, only if the user may read it', async () => {
    const cluster = [...fixture.owners['kafka-clusters'].entries()].find(([, ws]) => ws?.includes('A'))![0]
    expect(await getSchemaTopic(users.memberA, { topic: null, topicName: 'a-prod-tq-orders', cluster })).toEqual({ id: ids.orders, name: 'tq-orders' })
    expect(await getSchemaTopic(users.memberA, { topic: null, topicName: 'b-prod-tq-shipments', cluster })).toBeNull()
    expect(await getSchemaTopic(users.memberA, { topic: null, topicName: null, cluster })).toBeNull()
  })
})
