import { randomBytes } from 'node:crypto'

import { Admin, Consumer, GroupProtocols, Producer, stringDeserializers, stringSerializers } from '@platformatic/kafka'
import type { Payload } from 'payload'

import { peers } from '@tests/helpers/peers'
import type { ClusterConnection } from '@/integrations/cluster-connection'
import { cachedKafkaClients } from '@/sync/activities/consumer-group-sync/activities'

export const bootstrapBrokers = [peers.kafkaBootstrap]

export function plaintextConnection(overrides: Partial<ClusterConnection> = {}): ClusterConnection {
  return { id: 1, name: 'local', enabled: true, bootstrapServers: [peers.kafkaBootstrap], securityProtocol: 'PLAINTEXT', ...overrides }
}

/** Polls until `check` returns a value (not undefined) or the time is up; generous for a loaded CI machine. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs
  let last: string | undefined
  while (Date.now() < until) {
    try {
      const value = await check()
      if (value !== undefined) return value
    } catch (error) {
      last = String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${last}` : ''}`)
}

// The database project is part of the name: the same file runs once per database, possibly at once.
export const run = `kadm-${process.env.ORBIT_TEST_DB ?? 'peers'}-${randomBytes(3).toString('hex')}`

/** Topic A: 3 partitions, partition p holds 10 + 5p records. Topic B: 2 partitions of 8 records. */
export const topicA = `${run}-a`
export const topicB = `${run}-b`
export const recordsA = (p: number) => 10 + 5 * p

export async function createTopicsAndProduce(admin: Admin) {
  await admin.createTopics({ topics: [topicA], partitions: 3, replicas: 1 })
  await admin.createTopics({ topics: [topicB], partitions: 2, replicas: 1 })
  const producer = new Producer({ clientId: `${run}-producer`, bootstrapBrokers, serializers: stringSerializers })
  try {
    const messages = [
      ...[0, 1, 2].flatMap((partition) =>
        Array.from({ length: recordsA(partition) }, (_, i) => ({ topic: topicA, partition, key: `k${i}`, value: `a${partition}-${i}` })),
      ),
      ...[0, 1].flatMap((partition) => Array.from({ length: 8 }, (_, i) => ({ topic: topicB, partition, key: `k${i}`, value: `b${partition}-${i}` }))),
    ]
    await producer.send({ messages })
  } finally {
    await producer.close()
  }
}

/** Commits offsets for a group that has no members (how offset-only groups come to exist). */
export async function commitOffsets(admin: Admin, groupId: string, topics: { name: string; offsets: [partition: number, offset: number][] }[]) {
  await admin.alterConsumerGroupOffsets({
    groupId,
    topics: topics.map((t) => ({ name: t.name, partitionOffsets: t.offsets.map(([partition, offset]) => ({ partition, offset: BigInt(offset) })) })),
  })
}

/**
 * A live consumer that reads `count` records of `topic`, commits, and stays in its group with its
 * assignment. The stream is paused, not closed: closing it (as breaking out of `for await` does)
 * makes the client drop the topic from its subscription, so the broker revokes the member's
 * partitions a heartbeat later, and a describe then races that revocation.
 */
export async function startConsumer(groupId: string, topic: string, protocol: 'classic' | 'consumer', count: number) {
  const consumer = new Consumer({
    clientId: `${run}-${protocol}`,
    groupId,
    bootstrapBrokers,
    deserializers: stringDeserializers,
    ...(protocol === 'consumer' ? { groupProtocol: GroupProtocols.CONSUMER } : { sessionTimeout: 20_000, heartbeatInterval: 1_000 }),
  })
  const stream = await consumer.consume({ topics: [topic], mode: 'earliest', autocommit: false })
  await new Promise<void>((resolve, reject) => {
    let seen = 0
    const onData = (message: { commit: () => Promise<void> | void }) => {
      seen++
      if (seen !== count) return
      stream.off('data', onData)
      stream.pause()
      Promise.resolve(message.commit()).then(resolve, reject)
    }
    stream.on('data', onData)
    stream.once('error', reject)
  })
  return consumer
}

/** The local Kafka peer as a kafka-clusters document (PLAINTEXT) named `name`, for tests that sync it: its id. */
export async function createLocalCluster(payload: Payload, name = 'local'): Promise<number> {
  const cluster = await payload.create({
    collection: 'kafka-clusters',
    data: { name, bootstrapServers: peers.kafkaBootstrap, securityProtocol: 'PLAINTEXT' },
    overrideAccess: true,
  })
  return cluster.id
}

/**
 * A topic of 2 partitions holding 6 records each, and offset-only groups committed on it: each
 * group's `offsets` are its committed offsets on partitions 0 and 1.
 */
export async function seedTopicWithGroups(topic: string, groups: { groupId: string; offsets: [p0: number, p1: number] }[]) {
  const admin = new Admin({ clientId: `${topic}-admin`, bootstrapBrokers })
  const producer = new Producer({ clientId: `${topic}-producer`, bootstrapBrokers, serializers: stringSerializers, idempotent: true })
  try {
    await admin.createTopics({ topics: [topic], partitions: 2, replicas: 1 })
    await producer.send({ messages: Array.from({ length: 12 }, (_, i) => ({ topic, partition: i % 2, key: `k${i}`, value: `v${i}` })) })
    for (const { groupId, offsets } of groups) {
      await commitOffsets(admin, groupId, [
        {
          name: topic,
          offsets: [
            [0, offsets[0]],
            [1, offsets[1]],
          ],
        },
      ])
    }
  } finally {
    await producer.close()
    await admin.close()
  }
}

/**
 * The sync's Kafka clients seeing only the groups whose ids start with `run` (the broker is
 * shared): the group sync stores only those, so the lag checks cover only them and take seconds.
 */
export function kafkaClientsOfRun(payload: Payload, run: string) {
  const clients = cachedKafkaClients(payload)
  return async (clusterId: number) => {
    const client = await clients(clusterId)
    return { ...client, listGroups: async () => (await client.listGroups()).filter((g) => g.groupId.startsWith(run)) }
  }
}
