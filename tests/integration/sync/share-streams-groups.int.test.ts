import { randomBytes } from 'node:crypto'

import { Admin, Producer, stringSerializers } from '@platformatic/kafka'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PartitionDetail } from '@/features/consumer-groups/lib'
import { renderExposition } from '@/features/metrics/exposition'
import { lagMetricFamilies } from '@/features/metrics/lag-families'
import { createActivities } from '@/sync/activities'
import { runConsumerGroupSync } from '@/sync/workflows/consumer-group-sync'
import { runLagCheck } from '@/sync/workflows/lag-check'
import { bootstrapBrokers, createLocalCluster } from '@tests/helpers/kafka-fixture'
import { type JavaClient, startShareConsumer, startStreamsApp } from '@tests/helpers/kafka-java-clients'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { kafkaCli, peers } from '@tests/helpers/peers'

// Kafka's own clients (tests/helpers/java): a KafkaShareConsumer and a Kafka Streams application.
const run = `shst-${process.env.ORBIT_TEST_DB ?? 'db'}-${randomBytes(3).toString('hex')}`
const shareTopic = `${run}-share`
const shareGroup = `${run}-share-group`
const SHARE_RECORDS = 20
const SHARE_ACCEPTED = 7
const streamsInput = `${run}-in`
const streamsOutput = `${run}-out`
const applicationId = `${run}-app`
/** Kafka Streams' name for the count's repartition topic (the topology's fourth node, an aggregate). */
const repartitionTopic = `${applicationId}-KSTREAM-AGGREGATE-STATE-STORE-0000000003-repartition`
const INPUT_PER_PARTITION = 6

let ctx: TestPayload
let payload: Payload
let admin: Admin
let clusterId: number
let shareConsumer: JavaClient | undefined
let streamsApp: JavaClient | undefined

const activities = () => createActivities({ payload })
async function group(groupId: string) {
  const found = await payload.find({ collection: 'kafka-consumer-groups', where: { groupId: { equals: groupId } }, depth: 0, overrideAccess: true })
  return found.docs[0]!
}
async function produce(messages: { topic: string; partition: number; count: number }[]) {
  const producer = new Producer({ clientId: `${run}-producer`, bootstrapBrokers, serializers: stringSerializers })
  try {
    await producer.send({
      messages: messages.flatMap(({ topic, partition, count }) =>
        Array.from({ length: count }, (_, i) => ({ topic, partition, key: `k${i}`, value: `v${i % 3}` })),
      ),
    })
  } finally {
    await producer.close()
  }
}

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  admin = new Admin({ clientId: `${run}-admin`, bootstrapBrokers })
  await admin.createTopics({ topics: [shareTopic, streamsOutput], partitions: 1, replicas: 1 })
  await admin.createTopics({ topics: [streamsInput], partitions: 2, replicas: 1 })
  await produce([
    { topic: shareTopic, partition: 0, count: SHARE_RECORDS },
    { topic: streamsInput, partition: 0, count: INPUT_PER_PARTITION },
    { topic: streamsInput, partition: 1, count: INPUT_PER_PARTITION },
  ])
  ;[shareConsumer, streamsApp] = await Promise.all([
    startShareConsumer({ groupId: shareGroup, topic: shareTopic, clientId: `${run}-share-client`, accept: SHARE_ACCEPTED }),
    startStreamsApp({ applicationId, input: streamsInput, output: streamsOutput, expected: 2 * INPUT_PER_PARTITION }),
  ])
  clusterId = await createLocalCluster(payload)
  expect(await runConsumerGroupSync(activities(), { clusterId, runner: 'embedded' })).toMatchObject({ outcome: 'succeeded' })
  expect(await runLagCheck(activities(), { clusterId, runner: 'embedded' })).toMatchObject({ outcome: 'succeeded' })
}, 300_000)

afterAll(async () => {
  await Promise.all([shareConsumer?.stop(), streamsApp?.stop()])
  await admin?.close()
  await ctx?.cleanup()
})

describe(`share and streams groups on ${testDatabase()}`, () => {
  it('stores a share group with its member, subscription and assignment, and the lag Kafka reports', async () => {
    const stored = await group(shareGroup)
    expect(stored).toMatchObject({ groupType: 'share', state: 'Stable', memberCount: 1, subscribedTopicNames: [shareTopic] })
    expect(stored.members).toEqual([
      {
        memberId: expect.any(String),
        clientId: `${run}-share-client`,
        host: expect.any(String),
        assignments: [{ topic: shareTopic, partitions: [0] }],
        subscribedTopics: [shareTopic],
      },
    ])
    // 20 records, 7 accepted, 13 released and not yet delivered again: 13 to go.
    expect(stored.totalLag).toBe(SHARE_RECORDS - SHARE_ACCEPTED)
    const [partition] = stored.partitionDetail as PartitionDetail[]
    expect(partition).toMatchObject({ topic: shareTopic, partition: 0, lag: SHARE_RECORDS - SHARE_ACCEPTED, owner: { clientId: `${run}-share-client` } })
  })

  it('reads the same start offset and lag as Kafka’s own kafka-share-groups tool', async () => {
    // The broker persists the share-partition start offset lazily (it may still say 0 after 7
    // records were accepted, measured): it only moves forward, so a lag check between two reads
    // of the tool sees a value between them.
    const cli = async () => {
      const output = await kafkaCli('ShareGroupCommand', ['--bootstrap-server', peers.kafkaBootstrap, '--describe', '--group', shareGroup])
      const row = output
        .split('\n')
        .find((line) => line.startsWith(shareGroup) && line.includes(shareTopic))!
        .trim()
        .split(/\s+/)
      return { startOffset: Number(row[3]), lag: Number(row[4]) }
    }
    const before = await cli()
    expect(await runLagCheck(activities(), { clusterId, runner: 'embedded' })).toMatchObject({ outcome: 'succeeded' })
    const [partition] = (await group(shareGroup)).partitionDetail as PartitionDetail[]
    const after = await cli()
    const toGo = SHARE_RECORDS - SHARE_ACCEPTED
    expect([before.lag, partition!.lag, after.lag]).toEqual([toGo, toGo, toGo])
    expect(partition!.committedOffset).toBeGreaterThanOrEqual(before.startOffset)
    expect(partition!.committedOffset).toBeLessThanOrEqual(after.startOffset)
  })

  it('stores a streams group with its process, subtopologies and active tasks', async () => {
    const stored = await group(applicationId)
    expect(stored).toMatchObject({ groupType: 'streams', state: 'Stable', memberCount: 1, subscribedTopicNames: [repartitionTopic, streamsInput].sort() })
    expect(stored.members).toEqual([
      {
        memberId: expect.any(String),
        clientId: expect.stringContaining(`${applicationId}-`),
        host: expect.any(String),
        assignments: [repartitionTopic, streamsInput].sort().map((topic) => ({ topic, partitions: [0, 1] })),
        streams: {
          processId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
          instanceId: null,
          // Subtopology 0 reads the input and re-keys into the repartition topic, 1 counts from it.
          activeTasks: [
            { subtopologyId: '0', sourceTopics: [streamsInput], partitions: [0, 1] },
            { subtopologyId: '1', sourceTopics: [repartitionTopic], partitions: [0, 1] },
          ],
          standbyTasks: [],
          warmupTasks: [],
        },
      },
    ])
    const inputLag = (stored.partitionDetail as PartitionDetail[]).filter((p) => p.topic === streamsInput).map((p) => [p.partition, p.committedOffset, p.lag])
    expect(inputLag).toEqual([
      [0, INPUT_PER_PARTITION, 0],
      [1, INPUT_PER_PARTITION, 0],
    ])
  })

  it('exports the same lag series for share and streams groups as for any other group', async () => {
    const asMetrics = async (groupId: string) => ({ ...(await group(groupId)), clusterName: 'local' })
    const text = renderExposition(lagMetricFamilies([await asMetrics(shareGroup), await asMetrics(applicationId)], []))
    const sample = (name: string, labels: string) =>
      text
        .split('\n')
        .find((line) => line.startsWith(`${name}{`) && line.includes(labels))
        ?.split(' ')
        .at(-1)
    expect(sample('kafka_consumergroup_group_lag', `group="${shareGroup}",topic="${shareTopic}",partition="0"`)).toBe(String(SHARE_RECORDS - SHARE_ACCEPTED))
    expect(sample('kafka_consumergroup_group_sum_lag', `group="${shareGroup}"`)).toBe(String(SHARE_RECORDS - SHARE_ACCEPTED))
    expect(sample('orbit_consumergroup_members', `group="${shareGroup}"`)).toBe('1')
    expect(sample('kafka_consumergroup_group_lag', `group="${applicationId}",topic="${streamsInput}",partition="1"`)).toBe('0')
    expect(sample('orbit_consumergroup_members', `group="${applicationId}"`)).toBe('1')
  })

  it("gives a stopped streams application's lag from its committed offsets", async () => {
    await streamsApp?.stop()
    streamsApp = undefined
    await produce([{ topic: streamsInput, partition: 0, count: 5 }])
    expect(await runConsumerGroupSync(activities(), { clusterId, runner: 'embedded' })).toMatchObject({ outcome: 'succeeded' })
    expect(await runLagCheck(activities(), { clusterId, runner: 'embedded' })).toMatchObject({ outcome: 'succeeded' })
    const stored = await group(applicationId)
    expect(stored).toMatchObject({ groupType: 'streams', state: 'Empty', memberCount: 0 })
    const inputLag = (stored.partitionDetail as PartitionDetail[]).filter((p) => p.topic === streamsInput).map((p) => [p.partition, p.lag])
    expect(inputLag).toEqual([
      [0, 5],
      [1, 0],
    ])
  })
})
