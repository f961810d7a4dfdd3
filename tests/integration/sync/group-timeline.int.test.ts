import { randomBytes } from 'node:crypto'

import { Admin, Producer, stringSerializers } from '@platformatic/kafka'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getConsumerGroupEvents } from '@/features/consumer-groups/event-queries'
import { createKafkaAdminClient } from '@/integrations/kafka'
import type { KafkaConsumerGroupEvent, User } from '@/payload-types'
import { createActivities } from '@/sync/activities'
import { insertEvents, toEventRows } from '@/sync/activities/group-events/write-events'
import { runConsumerGroupSync } from '@/sync/workflows/consumer-group-sync'
import { runLagCheck } from '@/sync/workflows/lag-check'
import { bootstrapBrokers, commitOffsets, startConsumer } from '@tests/helpers/kafka-fixture'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { peers } from '@tests/helpers/peers'

// Own topic and group: other files use the shared broker at the same time.
const run = `tmln-${process.env.ORBIT_TEST_DB ?? 'db'}-${randomBytes(4).toString('hex')}`
const owned = `${run}-team-a-`
const topic = `${owned}orders`
const groupId = `${owned}billing`
const RECORDS = 40
const NO_DETAILS = {
  memberId: null,
  clientId: null,
  host: null,
  fromState: null,
  toState: null,
  topic: null,
  partition: null,
  fromOffset: null,
  toOffset: null,
}

let ctx: TestPayload
let payload: Payload
let admin: Admin
let clusterId: number
let memberA: User
let memberB: User

const activities = () => createActivities({ payload })
const sync = async () => expect((await runConsumerGroupSync(activities(), { clusterId, runner: 'embedded' })).outcome).toBe('succeeded')
const lagCheck = async () => expect((await runLagCheck(activities(), { clusterId, runner: 'embedded' })).outcome).toBe('succeeded')
async function storedGroup() {
  const found = await payload.find({ collection: 'kafka-consumer-groups', where: { groupId: { equals: groupId } }, depth: 0, overrideAccess: true })
  return found.docs[0]!
}
async function eventsAs(user: User): Promise<KafkaConsumerGroupEvent[]> {
  const group = await storedGroup()
  const found = await payload.find({
    collection: 'kafka-consumer-group-events',
    where: { consumerGroup: { equals: group.id } },
    sort: 'timestamp',
    pagination: false,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return found.docs
}
async function committedOffset(partition: number): Promise<number> {
  const client = createKafkaAdminClient({ id: 0, name: 'probe', enabled: true, bootstrapServers: [peers.kafkaBootstrap], securityProtocol: 'PLAINTEXT' })
  try {
    const offsets = (await client.fetchCommittedOffsets([groupId])).get(groupId) ?? []
    return offsets.find((o) => o.partition === partition)!.offset
  } finally {
    await client.close()
  }
}

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  admin = new Admin({ clientId: `${run}-admin`, bootstrapBrokers })
  await admin.createTopics({ topics: [topic], partitions: 1, replicas: 1 })
  const producer = new Producer({ clientId: `${run}-seed`, bootstrapBrokers, serializers: stringSerializers })
  await producer.send({ messages: Array.from({ length: RECORDS }, (_, i) => ({ topic, partition: 0, key: `k${i}`, value: `v${i}` })) })
  await producer.close()
  await commitOffsets(admin, groupId, [{ name: topic, offsets: [[0, 2]] }])

  const create = (collection: 'workspaces' | 'users' | 'workspace-members', data: Record<string, unknown>) =>
    payload.create({ collection, data: data as never, overrideAccess: true, depth: 0 }) as Promise<{ id: number }>
  const workspaceA = (await create('workspaces', { name: 'A', slug: `a-${run}` })).id
  const workspaceB = (await create('workspaces', { name: 'B', slug: `b-${run}` })).id
  const user = async (name: string, workspace: number) => {
    const { id } = await create('users', { email: `${name}-${run}@orbit.test`, password: 'secret-password-1', name, role: 'member' })
    await create('workspace-members', { user: id, workspace, status: 'active', role: 'member' })
    return payload.findByID({ collection: 'users', id, overrideAccess: true })
  }
  memberA = await user('a', workspaceA)
  memberB = await user('b', workspaceB)
  clusterId = (
    await payload.create({
      collection: 'kafka-clusters',
      data: { name: 'local', bootstrapServers: peers.kafkaBootstrap, securityProtocol: 'PLAINTEXT' },
      overrideAccess: true,
    })
  ).id
  await payload.create({
    collection: 'kafka-virtual-clusters',
    data: { name: 'a', workspace: workspaceA, environment: 'prod', physicalCluster: clusterId, topicPrefix: owned, groupPrefix: owned, status: 'active' },
    overrideAccess: true,
  })
})

afterAll(async () => {
  await admin?.close()
  await ctx?.cleanup()
})

describe(`group timeline on ${testDatabase()}`, () => {
  it('records a member joining and leaving, the group emptying and an offset reset, readable by the owning workspace only', async () => {
    // First sight of the group (Empty, offset 2): nothing to compare with, no events.
    await sync()
    await lagCheck()
    expect(await eventsAs(memberA)).toEqual([])

    // A classic consumer joins, reads 10 records and commits.
    const consumer = await startConsumer(groupId, topic, 'classic', 10)
    await sync()
    const joined = (await storedGroup()).members as { memberId: string; clientId: string; host: string }[]
    expect(joined).toHaveLength(1)
    await lagCheck()
    const consumed = await committedOffset(0)
    expect(consumed).toBeGreaterThan(2)

    // It leaves: the group is empty again.
    await consumer.close(true)
    await sync()
    // Offsets reset backwards while nobody consumes.
    await commitOffsets(admin, groupId, [{ name: topic, offsets: [[0, 1]] }])
    await lagCheck()

    const events = await eventsAs(memberA)
    const member = { memberId: joined[0]!.memberId, clientId: joined[0]!.clientId, host: joined[0]!.host }
    expect(events.map((e) => e.kind)).toEqual(['state_changed', 'member_joined', 'group_emptied', 'member_left', 'offset_reset'])
    expect(events[0]).toMatchObject({ fromState: 'Empty', toState: 'Stable' })
    expect(events[1]).toMatchObject(member)
    expect(events[2]).toMatchObject({ fromState: 'Stable', toState: 'Empty' })
    expect(events[3]).toMatchObject(member)
    expect(events[4]).toMatchObject({ topic, partition: 0, fromOffset: consumed, toOffset: 1 })
    const group = await storedGroup()
    for (const e of events) expect(e).toMatchObject({ cluster: clusterId, workspace: group.workspace, virtualCluster: group.virtualCluster })

    // Another workspace's member sees none of them.
    expect(await eventsAs(memberB)).toEqual([])

    // The group page's read: newest first, as the user.
    const page = await getConsumerGroupEvents(memberA, group, '1h', Date.now())
    expect(page.events.map((e) => e.kind)).toEqual(['offset_reset', 'member_left', 'group_emptied', 'member_joined', 'state_changed'])
    expect(page.more).toBe(false)
    expect((await getConsumerGroupEvents(memberB, group, '1h', Date.now())).events).toEqual([])
  })

  it('retention deletes events older than the hourly tier (30 days) and keeps the rest', async () => {
    const group = await storedGroup()
    const owner = { consumerGroup: group.id, cluster: clusterId, workspace: group.workspace as number, virtualCluster: group.virtualCluster as number }
    const DAY = 86_400_000
    const now = Date.now()
    const event = { ...NO_DETAILS, kind: 'state_changed' as const, fromState: 'Stable', toState: 'Dead' }
    await insertEvents(payload, [
      ...toEventRows(owner, [event], new Date(now - 31 * DAY).toISOString()),
      ...toEventRows(owner, [event], new Date(now - 29 * DAY).toISOString()),
    ])
    const before = (await eventsAs(memberA)).length
    const counts = await createActivities({ payload }).retention({ clusterId, now })
    expect(counts.deletedEvents).toBe(1)
    const after = await eventsAs(memberA)
    expect(after).toHaveLength(before - 1)
    expect(after.filter((e) => e.toState === 'Dead').map((e) => e.timestamp)).toEqual([new Date(now - 29 * DAY).toISOString()])
  })
})
