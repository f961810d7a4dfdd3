import { Admin } from '@platformatic/kafka'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createKafkaAdminClient } from '@/integrations/kafka'
import { createActivities } from '@/sync/activities'
import { toConnection } from '@/sync/cluster-connection'
import { runConsumerGroupSync } from '@/sync/workflows/consumer-group-sync'
import { bootstrapBrokers, commitOffsets, createTopicsAndProduce, run, topicA, topicB, startConsumer } from '@tests/helpers/kafka-fixture'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { peers } from '@tests/helpers/peers'

const owned = `${run}-team-a-`
const billing = `${owned}billing`
const live = `${owned}live`
const other = `${run}-other`

let ctx: TestPayload
let payload: Payload
let admin: Admin
let consumer: Awaited<ReturnType<typeof startConsumer>> | undefined
let clusterId: number
let workspaceId: number

const sync = () => runConsumerGroupSync(createActivities({ payload }), { clusterId, runner: 'embedded' })
async function groupsOfRun() {
  const docs = await payload.find({ collection: 'kafka-consumer-groups', where: { groupId: { like: run } }, pagination: false, depth: 0, overrideAccess: true })
  return new Map(docs.docs.filter((g) => g.groupId.startsWith(run)).map((g) => [g.groupId, g]))
}

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  admin = new Admin({ clientId: `${run}-admin`, bootstrapBrokers })
  await createTopicsAndProduce(admin)
  await commitOffsets(admin, billing, [
    {
      name: topicA,
      offsets: [
        [0, 5],
        [1, 5],
      ],
    },
  ])
  await commitOffsets(admin, other, [{ name: topicB, offsets: [[0, 1]] }])
  consumer = await startConsumer(live, topicB, 'consumer', 8)
  workspaceId = (await payload.create({ collection: 'workspaces', data: { name: 'A', slug: `a-${run}` }, overrideAccess: true })).id
  clusterId = (
    await payload.create({
      collection: 'kafka-clusters',
      data: { name: 'local', bootstrapServers: peers.kafkaBootstrap, securityProtocol: 'PLAINTEXT' },
      overrideAccess: true,
    })
  ).id
  await payload.create({
    collection: 'kafka-virtual-clusters',
    data: { name: 'a', workspace: workspaceId, environment: 'prod', physicalCluster: clusterId, topicPrefix: owned, groupPrefix: owned, status: 'active' },
    overrideAccess: true,
  })
})

afterAll(async () => {
  await consumer?.close(true)
  await admin?.close()
  await ctx?.cleanup()
})

describe(`ConsumerGroupSyncWorkflow on ${testDatabase()}`, () => {
  it('stores every group with its type, state, members, subscribed topics and owner', async () => {
    const result = await sync()
    expect(result.outcome).toBe('succeeded')
    const groups = await groupsOfRun()
    expect(groups.get(billing)).toMatchObject({
      groupType: 'classic',
      state: 'Empty',
      memberCount: 0,
      workspace: workspaceId,
      subscribedTopicNames: [topicA],
      status: 'active',
    })
    expect(groups.get(billing)?.emptySince).toBeTruthy()
    expect(groups.get(other)?.workspace ?? null).toBeNull()
    const liveGroup = groups.get(live)!
    expect(liveGroup).toMatchObject({ groupType: 'consumer', memberCount: 1, workspace: workspaceId, subscribedTopicNames: [topicB] })
    const [member] = liveGroup.members as { clientId: string; assignments: { topic: string; partitions: number[] }[] }[]
    expect(member!.assignments).toEqual([{ topic: topicB, partitions: [0, 1] }])
  })

  it('links subscribed topics to the cluster’s kafka-topics documents, rewriting only what changed', async () => {
    const topic = await payload.create({
      collection: 'kafka-topics',
      data: { name: 'a', fullName: topicA, cluster: clusterId, workspace: workspaceId },
      overrideAccess: true,
    })
    const first = await sync()
    expect(first.counts.topicLinksChanged).toBeGreaterThanOrEqual(1)
    expect((await groupsOfRun()).get(billing)?.subscribedTopics).toEqual([topic.id])
    expect((await groupsOfRun()).get(live)?.subscribedTopics ?? []).toEqual([])
    const second = await sync()
    expect(second.counts.topicLinksChanged).toBe(0)
  })

  it('marks a group empty for longer than the threshold inactive and archives groups long unseen', async () => {
    const groups = await groupsOfRun()
    const longAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()
    await payload.update({ collection: 'kafka-consumer-groups', id: groups.get(billing)!.id, data: { emptySince: longAgo(2) }, overrideAccess: true })
    await payload.create({
      collection: 'kafka-consumer-groups',
      data: { groupId: `${run}-gone`, cluster: clusterId, status: 'active', lastSeenAt: longAgo(8), firstSeenAt: longAgo(30) },
      overrideAccess: true,
    })
    expect((await sync()).outcome).toBe('succeeded')
    const after = await groupsOfRun()
    expect(after.get(billing)?.status).toBe('inactive')
    expect(after.get(`${run}-gone`)?.status).toBe('archived')
    expect(after.get(live)?.status).toBe('active')
  })

  it('changes nothing when the broker fails mid-cycle, and records the error', async () => {
    const before = await groupsOfRun()
    const real = createKafkaAdminClient(toConnection(await payload.findByID({ collection: 'kafka-clusters', id: clusterId, overrideAccess: true })))
    const failing = { ...real, requestCount: 0, describeGroups: async () => Promise.reject(new Error('broker went away')) }
    try {
      const result = await runConsumerGroupSync(createActivities({ payload, kafkaClient: () => Promise.resolve(failing) }), { clusterId, runner: 'embedded' })
      expect(result).toMatchObject({ outcome: 'failed', error: 'broker went away' })
    } finally {
      await real.close()
    }
    const after = await groupsOfRun()
    for (const [groupId, group] of before) expect(after.get(groupId)?.updatedAt).toBe(group.updatedAt)
    const cluster = await payload.findByID({ collection: 'kafka-clusters', id: clusterId, overrideAccess: true })
    expect(cluster.syncHealth?.consumerGroupSync?.lastError).toBe('broker went away')
  })
})
