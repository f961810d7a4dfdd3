/**
 * Builds (once) and moves (each cycle) the benchmark's state on the local broker: topics, records,
 * and every group's committed offsets. Offsets are committed without consumers, the way
 * `kafka-consumer-groups --reset-offsets` does (OffsetCommit with generation -1), one request per
 * group carrying its partitions, pipelined to the coordinator with a bounded number in flight.
 */
import { Admin, ConnectionPool, offsetCommitV9, Producer, stringSerializers } from '@platformatic/kafka'

import { createKafkaAdminClient, type KafkaAdminClient } from '@/integrations/kafka'
import { parseBroker, toConnectionOptions } from '@/integrations/kafka/connection-options'
import { chunk, KafkaSession } from '@/integrations/kafka/session'
import type { ClusterConnection } from '@/integrations/cluster-connection'

import { GROUPS, groupName, INITIAL_RECORDS, nextCommit, PARTITIONS, RECORDS_PER_CYCLE, topicName, topicOfGroup, TOPICS } from './layout'

const IN_FLIGHT = 64

export function benchConnection(bootstrap: string): ClusterConnection {
  return { id: 0, name: 'bench', enabled: true, bootstrapServers: [bootstrap], securityProtocol: 'PLAINTEXT' }
}

const allTopics = () => Array.from({ length: TOPICS }, (_, t) => topicName(t))
const allGroups = () => Array.from({ length: GROUPS }, (_, g) => g)

async function limited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!)
    }),
  )
}

/** Log ends of every bench partition; retried for a minute while new partitions still load (NOT_LEADER_OR_FOLLOWER). */
async function logEnds(client: KafkaAdminClient): Promise<Map<string, number[]>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await readLogEnds(client)
    } catch (error) {
      if (attempt >= 60) throw error
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
  }
}

async function readLogEnds(client: KafkaAdminClient): Promise<Map<string, number[]>> {
  const ends = new Map<string, number[]>()
  for (const o of await client.fetchPartitionOffsets(allTopics())) {
    const list = ends.get(o.topic) ?? Array<number>(PARTITIONS).fill(0)
    list[o.partition] = o.logEndOffset
    ends.set(o.topic, list)
  }
  return ends
}

async function produce(bootstrap: string, perPartition: (topic: string, partition: number) => number): Promise<number> {
  const producer = new Producer({ clientId: 'bench-lag-producer', bootstrapBrokers: [bootstrap], serializers: stringSerializers, acks: 1, idempotent: false })
  let total = 0
  try {
    await limited(allTopics(), 8, async (topic) => {
      const messages = Array.from({ length: PARTITIONS }, (_, partition) =>
        Array.from({ length: perPartition(topic, partition) }, (_, i) => ({ topic, partition, key: `k${i}`, value: `v${i}` })),
      ).flat()
      total += messages.length
      for (const part of chunk(messages, 2_000)) await producer.send({ messages: part })
    })
  } finally {
    await producer.close()
  }
  return total
}

/** Commits each group's offsets (one OffsetCommit per group, all its partitions) through its coordinator. */
async function commitAll(connection: ClusterConnection, commits: { groupId: string; topic: string; offsets: number[] }[]): Promise<void> {
  if (commits.length === 0) return
  const pool = new ConnectionPool('bench-lag-committer', toConnectionOptions(connection, { connectTimeoutMs: 10_000, requestTimeoutMs: 60_000 }, {}))
  try {
    const session = new KafkaSession(pool, connection.bootstrapServers.map(parseBroker), connection.bootstrapServers, 200)
    const coordinators = await session.coordinators(commits.map((c) => c.groupId))
    await limited(commits, IN_FLIGHT, async ({ groupId, topic, offsets }) => {
      const connectionTo = await session.connectionTo(coordinators.get(groupId)!)
      const partitions = offsets.map((offset, partitionIndex) => ({
        partitionIndex,
        committedOffset: BigInt(offset),
        committedLeaderEpoch: -1,
        committedMetadata: null,
      }))
      const response = await session.call(offsetCommitV9.api, connectionTo, groupId, -1, '', null, [{ name: topic, partitions }])
      const failed = response.topics.flatMap((t) => t.partitions).find((p) => p.errorCode !== 0)
      if (failed) throw new Error(`OffsetCommit for ${groupId} failed with error ${failed.errorCode}`)
    })
  } finally {
    await pool.close()
  }
}

/** Creates what is missing (topics, initial records, commits); reruns skip it. Returns what it did. */
export async function synthesize(bootstrap: string): Promise<{ ms: number; createdTopics: number; producedRecords: number; committedGroups: number }> {
  const started = performance.now()
  const connection = benchConnection(bootstrap)
  const client = createKafkaAdminClient(connection)
  try {
    let ends = await logEnds(client)
    const missingTopics = allTopics().filter((t) => !ends.has(t))
    if (missingTopics.length) {
      const admin = new Admin({ clientId: 'bench-lag-admin', bootstrapBrokers: [bootstrap] })
      try {
        for (const part of chunk(missingTopics, 50)) await admin.createTopics({ topics: part, partitions: PARTITIONS, replicas: 1 })
      } finally {
        await admin.close()
      }
      // Leaders are elected asynchronously: wait until every partition of every topic answers.
      for (let i = 0; i < 60 && !allTopics().every((t) => ends.has(t)); i++) {
        await new Promise((resolve) => setTimeout(resolve, 1_000))
        ends = await logEnds(client)
      }
    }
    const producedRecords = await produce(bootstrap, (topic, partition) => Math.max(0, INITIAL_RECORDS - (ends.get(topic)?.[partition] ?? 0)))
    if (producedRecords) ends = await logEnds(client)
    const committed = await client.fetchCommittedOffsets(allGroups().map(groupName))
    const missing = allGroups().filter((g) => (committed.get(groupName(g))?.length ?? 0) < PARTITIONS)
    await commitAll(
      connection,
      missing.map((g) => {
        const topic = topicOfGroup(g)
        return { groupId: groupName(g), topic, offsets: ends.get(topic)!.map((end, p) => nextCommit(g, p, end, null)) }
      }),
    )
    return { ms: performance.now() - started, createdTopics: missingTopics.length, producedRecords, committedGroups: missing.length }
  } finally {
    await client.close()
  }
}

/** One step of life: RECORDS_PER_CYCLE new records per partition, then every group commits per its behaviour. */
export async function advance(bootstrap: string): Promise<{ ms: number; commits: number }> {
  const started = performance.now()
  const connection = benchConnection(bootstrap)
  const client = createKafkaAdminClient(connection)
  try {
    await produce(bootstrap, () => RECORDS_PER_CYCLE)
    const [ends, committed] = await Promise.all([logEnds(client), client.fetchCommittedOffsets(allGroups().map(groupName))])
    const commits = allGroups().flatMap((g) => {
      const topic = topicOfGroup(g)
      const previous = new Map((committed.get(groupName(g)) ?? []).map((c) => [c.partition, c.offset]))
      const offsets = ends.get(topic)!.map((end, p) => nextCommit(g, p, end, previous.get(p) ?? null))
      const changed = offsets.some((o, p) => o !== previous.get(p))
      return changed ? [{ groupId: groupName(g), topic, offsets }] : []
    })
    await commitAll(connection, commits)
    return { ms: performance.now() - started, commits: commits.length }
  } finally {
    await client.close()
  }
}
