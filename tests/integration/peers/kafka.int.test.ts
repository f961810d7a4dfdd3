import { randomBytes } from 'node:crypto'

import {
  Admin,
  Connection,
  Consumer,
  consumerGroupDescribeV0,
  GroupProtocols,
  Producer,
  SASLMechanisms,
  stringDeserializers,
  stringSerializers,
} from '@platformatic/kafka'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensurePeers, kafkaCli, parseGroupDescribe, peers } from '@tests/helpers/peers'

const bootstrapBrokers = [peers.kafkaBootstrap]
const run = `peers-${randomBytes(3).toString('hex')}`
const MESSAGES = 10
const COMMITTED = 6

let admin: Admin

beforeAll(async () => {
  await ensurePeers(['kafka'])
  admin = new Admin({ clientId: `${run}-admin`, bootstrapBrokers })
})

afterAll(async () => {
  await admin?.close()
})

/** Produces MESSAGES records, consumes COMMITTED of them in a group and commits, leaving the consumer joined. */
async function consumeAndCommit(protocol: 'classic' | 'consumer') {
  const topic = `${run}-${protocol}`
  const groupId = `${run}-${protocol}-group`
  const created = await admin.createTopics({ topics: [topic], partitions: 1, replicas: 1 })
  expect(created.map((t) => t.name)).toEqual([topic])

  const producer = new Producer({ clientId: `${run}-producer`, bootstrapBrokers, serializers: stringSerializers })
  try {
    await producer.send({ messages: Array.from({ length: MESSAGES }, (_, i) => ({ topic, key: `k${i}`, value: `v${i}` })) })
  } finally {
    await producer.close()
  }

  const consumer = new Consumer({
    clientId: `${run}-consumer`,
    groupId,
    bootstrapBrokers,
    deserializers: stringDeserializers,
    ...(protocol === 'consumer' ? { groupProtocol: GroupProtocols.CONSUMER } : { sessionTimeout: 10_000, heartbeatInterval: 500 }),
  })
  const stream = await consumer.consume({ topics: [topic], mode: 'earliest', autocommit: false })
  const values: string[] = []
  for await (const message of stream) {
    values.push(message.value)
    if (values.length === COMMITTED) {
      await message.commit()
      break
    }
  }
  expect(values).toEqual(Array.from({ length: COMMITTED }, (_, i) => `v${i}`))
  return { topic, groupId, consumer }
}

async function expectCommitted(groupId: string, topic: string) {
  const [offsets] = await admin.listConsumerGroupOffsets({ groups: [groupId] })
  expect(offsets?.topics).toEqual([{ name: topic, partitions: [expect.objectContaining({ partitionIndex: 0, committedOffset: BigInt(COMMITTED) })] }])
}

/** Kafka's own view of the group: ConsumerGroupCommand --describe, lag = end offset - committed. */
async function expectCliLag(groupId: string, topic: string) {
  const out = await kafkaCli('ConsumerGroupCommand', ['--bootstrap-server', peers.kafkaBootstrap, '--describe', '--group', groupId])
  expect(parseGroupDescribe(out)).toEqual([
    expect.objectContaining({ group: groupId, topic, partition: 0, currentOffset: COMMITTED, logEndOffset: MESSAGES, lag: MESSAGES - COMMITTED }),
  ])
}

describe('Kafka peer', () => {
  it('answers metadata with one broker and the share, KIP-848 and SCRAM-ready features', async () => {
    const metadata = await admin.metadata({ topics: [] })
    expect(metadata.brokers.size).toBe(1)
    expect(metadata.id).toMatch(/^[\w-]{22}$/)
    const features = await kafkaCli('FeatureCommand', ['--bootstrap-server', peers.kafkaBootstrap, 'describe'])
    expect(features).toMatch(/Feature: group\.version\s+.*FinalizedVersionLevel: [1-9]/)
    expect(features).toMatch(/Feature: share\.version\s+.*FinalizedVersionLevel: [1-9]/)
  })

  it('classic group: produce, consume, commit, list, describe and Kafka CLI lag', async () => {
    const { topic, groupId, consumer } = await consumeAndCommit('classic')
    try {
      const groups = await admin.listGroups()
      expect(groups.get(groupId)).toMatchObject({ id: groupId, groupType: 'classic', protocolType: 'consumer', state: 'Stable' })

      const described = (await admin.describeGroups({ groups: [groupId] })).get(groupId)
      expect(described).toMatchObject({ id: groupId, state: 'Stable', protocolType: 'consumer' })
      const members = [...(described?.members.values() ?? [])]
      expect(members).toHaveLength(1)
      expect(members[0]?.assignments?.get(topic)?.partitions).toEqual([0])

      await expectCommitted(groupId, topic)
      await expectCliLag(groupId, topic)
    } finally {
      await consumer.close(true)
    }
  })

  it('KIP-848 consumer group: produce, consume, commit, list, describe and Kafka CLI lag', async () => {
    const { topic, groupId, consumer } = await consumeAndCommit('consumer')
    try {
      // Brokers list only classic groups unless the request names the group types.
      const groups = await admin.listGroups({ types: ['classic', 'consumer'] })
      expect(groups.get(groupId)).toMatchObject({ id: groupId, groupType: 'consumer', protocolType: 'consumer', state: 'Stable' })

      // The classic DescribeGroups API does not know consumer-protocol groups (Kafka answers "Dead");
      // Admin.describeGroups of @platformatic/kafka 2.12 only speaks that API, so use ConsumerGroupDescribe.
      const classicView = (await admin.describeGroups({ groups: [groupId] })).get(groupId)
      expect(classicView?.state).toBe('Dead')
      const [host, port] = peers.kafkaBootstrap.split(':')
      const connection = new Connection(`${run}-describe`)
      await connection.connect(host!, Number(port))
      try {
        const {
          groups: [group],
        } = await consumerGroupDescribeV0.api.async(connection, [groupId], false)
        expect(group).toMatchObject({ errorCode: 0, groupId, groupState: 'Stable', assignorName: expect.any(String) })
        expect(group?.members).toHaveLength(1)
        expect(group?.members[0]?.assignment.topicPartitions).toEqual([expect.objectContaining({ topicName: topic, partitions: [0] })])
      } finally {
        await connection.close()
      }

      await expectCommitted(groupId, topic)
      await expectCliLag(groupId, topic)
    } finally {
      await consumer.close(true)
    }
  })

  it('authenticates with SCRAM-SHA-256 and SCRAM-SHA-512 on the SASL listener, and rejects a wrong password', async () => {
    for (const mechanism of [SASLMechanisms.SCRAM_SHA_256, SASLMechanisms.SCRAM_SHA_512]) {
      const client = new Admin({ clientId: `${run}-sasl`, bootstrapBrokers: [peers.kafkaSaslBootstrap], sasl: { mechanism, ...peers.kafkaSasl } })
      try {
        const metadata = await client.metadata({ topics: [] })
        expect(metadata.brokers.size).toBe(1)
        expect(await client.listTopics()).toContain(`${run}-classic`)
      } finally {
        await client.close()
      }
    }
    const wrong = new Admin({
      clientId: `${run}-sasl-wrong`,
      bootstrapBrokers: [peers.kafkaSaslBootstrap],
      sasl: { mechanism: SASLMechanisms.SCRAM_SHA_256, username: peers.kafkaSasl.username, password: 'not-the-password' },
      retries: 0,
    })
    try {
      const error = await wrong.metadata({ topics: [] }).then(
        () => null,
        (e: Error & { errors?: Error[] }) => e,
      )
      expect(error?.errors?.map((e) => String((e.cause as Error | undefined)?.message))).toEqual(['SASL authentication failed.'])
    } finally {
      await wrong.close()
    }
  })
})
