import { Admin, Producer, stringSerializers } from '@platformatic/kafka'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createKafkaAdminClient, type KafkaAdminClient } from '@/integrations/kafka'
import { createActivities } from '@/sync/activities'
import { toConnection } from '@/sync/cluster-connection'
import { runTopicSync } from '@/sync/workflows/topic-sync'
import { bootstrapBrokers, run, waitFor } from '@tests/helpers/kafka-fixture'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { peers } from '@tests/helpers/peers'

const prefix = `${run}-team-`
const orders = `${prefix}orders`
const unowned = `${run}-loose`
/** Records produced per partition of `orders`. */
const produced = [4, 0, 2]

let ctx: TestPayload
let payload: Payload
let admin: Admin
let client: KafkaAdminClient
let clusterId: number
let workspaceId: number
let vcId: number

const sync = (kafka: KafkaAdminClient = client) =>
  runTopicSync(createActivities({ payload, kafkaClient: () => Promise.resolve(kafka) }), { clusterId, runner: 'embedded' })
const topic = async (fullName: string) =>
  (
    await payload.find({
      collection: 'kafka-topics',
      where: { and: [{ cluster: { equals: clusterId } }, { fullName: { equals: fullName } }] },
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  admin = new Admin({ clientId: `${run}-admin`, bootstrapBrokers })
  await admin.createTopics({
    topics: [orders],
    partitions: 3,
    replicas: 1,
    configs: [
      { name: 'cleanup.policy', value: 'compact' },
      { name: 'retention.ms', value: '3600000' },
    ],
  })
  await admin.createTopics({ topics: [unowned], partitions: 1, replicas: 1 })
  const producer = new Producer({ clientId: `${run}-producer`, bootstrapBrokers, serializers: stringSerializers })
  try {
    await producer.send({
      messages: produced.flatMap((count, partition) => Array.from({ length: count }, (_, i) => ({ topic: orders, partition, key: `k${i}`, value: 'v' }))),
    })
  } finally {
    await producer.close()
  }
  workspaceId = (await payload.create({ collection: 'workspaces', data: { name: 'Team', slug: `team-${run}` }, overrideAccess: true })).id
  const cluster = await payload.create({
    collection: 'kafka-clusters',
    data: { name: 'local', bootstrapServers: peers.kafkaBootstrap, securityProtocol: 'PLAINTEXT' },
    overrideAccess: true,
  })
  clusterId = cluster.id
  client = createKafkaAdminClient(toConnection(cluster))
  vcId = (
    await payload.create({
      collection: 'kafka-virtual-clusters',
      data: {
        name: 'team',
        workspace: workspaceId,
        environment: 'prod',
        physicalCluster: clusterId,
        topicPrefix: prefix,
        groupPrefix: prefix,
        status: 'active',
      },
      overrideAccess: true,
    })
  ).id
})

afterAll(async () => {
  await client?.close()
  await admin?.deleteTopics({ topics: [unowned] }).catch(() => undefined)
  await admin?.close()
  await ctx?.cleanup()
})

describe(`TopicSyncWorkflow on ${testDatabase()}`, () => {
  it('stores every topic of the cluster with its owner, partitions, configs and log offsets', async () => {
    const result = await sync()
    expect(result.outcome).toBe('succeeded')
    expect(await topic(orders)).toMatchObject({
      name: 'orders',
      workspace: workspaceId,
      virtualCluster: vcId,
      partitions: 3,
      replicationFactor: 1,
      internal: false,
      status: 'active',
      configs: { 'cleanup.policy': 'compact', 'retention.ms': '3600000', 'min.insync.replicas': '1' },
      consumerGroupCount: 0,
    })
    const detail = (await topic(orders))!.partitionDetail!
    expect(detail.map((p) => [p.partition, p.logStartOffset, p.logEndOffset])).toEqual(produced.map((count, partition) => [partition, 0, count]))
    expect(await topic(unowned)).toMatchObject({ name: unowned, workspace: null, partitions: 1 })
  })

  it('flags the broker’s internal topics', async () => {
    expect(await topic('__consumer_offsets')).toMatchObject({ internal: true, workspace: null })
  })

  it('reads the configs of all topics with one DescribeConfigs per 500 topics', async () => {
    const fresh = createKafkaAdminClient(toConnection(await payload.findByID({ collection: 'kafka-clusters', id: clusterId, overrideAccess: true })))
    try {
      const result = await sync(fresh)
      expect(result.outcome).toBe('succeeded')
      expect(fresh.requestCountsByApi().DescribeConfigs).toBe(Math.ceil(result.counts.topics! / 500))
      expect(fresh.requestCountsByApi().Metadata).toBe(2) // the listing, and the leaders of the offsets
    } finally {
      await fresh.close()
    }
  })

  it('changes nothing when the listing fails, and records the error', async () => {
    const before = await topic(orders)
    const failing = { ...client, requestCount: 0, listTopics: () => Promise.reject(new Error('metadata refused')) }
    const result = await sync(failing)
    expect(result).toMatchObject({ outcome: 'failed', error: 'metadata refused' })
    expect((await topic(orders))?.updatedAt).toBe(before?.updatedAt)
    const cluster = await payload.findByID({ collection: 'kafka-clusters', id: clusterId, overrideAccess: true })
    expect(cluster.syncHealth?.topicSync?.lastError).toBe('metadata refused')
  })

  it('marks a topic deleted on the cluster as deleted and keeps it', async () => {
    await admin.deleteTopics({ topics: [unowned] })
    // The broker may list a just-deleted topic for a moment: sync until it is gone from the listing.
    await waitFor('the deleted topic to leave the listing', async () => ((await sync()).counts.deleted === 1 ? true : undefined))
    expect(await topic(unowned)).toMatchObject({ status: 'deleted', partitions: 1 })
    expect((await topic(unowned))?.deletedAt).toBeTruthy()
    expect((await topic(orders))?.status).toBe('active')
  })
})
