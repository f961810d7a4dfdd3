import { Admin, Producer, stringSerializers } from '@platformatic/kafka'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lagTrend } from '@/features/consumer-groups/lib'
import { createKafkaAdminClient } from '@/integrations/kafka'
import { createActivities } from '@/sync/activities'
import type { PartitionDetail } from '@/features/consumer-groups/lib'
import { runConsumerGroupSync } from '@/sync/workflows/consumer-group-sync'
import { runLagCheck } from '@/sync/workflows/lag-check'
import { randomBytes } from 'node:crypto'

import { bootstrapBrokers, commitOffsets } from '@tests/helpers/kafka-fixture'
import { rawSamples } from '@tests/helpers/lag-history'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { kafkaCli, parseGroupDescribe, peers } from '@tests/helpers/peers'

// Own topic and groups: other test files produce to the shared fixture's topics concurrently.
const run = `lagck-${process.env.ORBIT_TEST_DB ?? 'db'}-${randomBytes(4).toString('hex')}`
const topicA = `${run}-a`
const recordsA = (partition: number) => 10 + 15 * partition
/** Log-end offsets as the broker reports them (a producer retry under load may duplicate records). */
const logEnds = new Map<number, number>()
async function readLogEnds() {
  const client = createKafkaAdminClient({ id: 0, name: 'probe', enabled: true, bootstrapServers: [peers.kafkaBootstrap], securityProtocol: 'PLAINTEXT' })
  try {
    for (const o of await client.fetchPartitionOffsets([topicA])) logEnds.set(o.partition, o.logEndOffset)
  } finally {
    await client.close()
  }
}
const lagging = `${run}-lagging`
const caughtUp = `${run}-caught-up`
/** Lags 30 on partition 2 (which no test produces to), then commits further: it is catching up. */
const catching = `${run}-catching`

let ctx: TestPayload
let payload: Payload
let admin: Admin
let clusterId: number

const activities = () => createActivities({ payload })
async function group(groupId: string) {
  const found = await payload.find({ collection: 'kafka-consumer-groups', where: { groupId: { equals: groupId } }, depth: 0, overrideAccess: true })
  return found.docs[0]!
}

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  admin = new Admin({ clientId: `${run}-lag-admin`, bootstrapBrokers })
  await admin.createTopics({ topics: [topicA], partitions: 3, replicas: 1 })
  const producer = new Producer({ clientId: `${run}-seed`, bootstrapBrokers, serializers: stringSerializers })
  await producer.send({
    messages: [0, 1, 2].flatMap((partition) =>
      Array.from({ length: recordsA(partition) }, (_, i) => ({ topic: topicA, partition, key: `k${i}`, value: `v${i}` })),
    ),
  })
  await producer.close()
  await readLogEnds()
  const end = (partition: number) => logEnds.get(partition)!
  // Partition 0 lags by 7, partition 1 is caught up (a real 0), partition 2 was never committed.
  await commitOffsets(admin, lagging, [
    {
      name: topicA,
      offsets: [
        [0, end(0) - 7],
        [1, end(1)],
      ],
    },
  ])
  await commitOffsets(admin, caughtUp, [
    {
      name: topicA,
      offsets: [
        [0, end(0)],
        [1, end(1)],
        [2, end(2)],
      ],
    },
  ])
  await commitOffsets(admin, catching, [{ name: topicA, offsets: [[2, end(2) - 30]] }])
  clusterId = (
    await payload.create({
      collection: 'kafka-clusters',
      data: { name: 'local', bootstrapServers: peers.kafkaBootstrap, securityProtocol: 'PLAINTEXT' },
      overrideAccess: true,
    })
  ).id
  expect((await runConsumerGroupSync(activities(), { clusterId, runner: 'embedded' })).outcome).toBe('succeeded')
})

afterAll(async () => {
  await admin?.close()
  await ctx?.cleanup()
})

describe(`lagCheckWorkflow on ${testDatabase()}`, () => {
  it('computes per-partition lag equal to Kafka’s own ConsumerGroupCommand, keeping a real 0', async () => {
    const result = await runLagCheck(activities(), { clusterId, runner: 'embedded' })
    expect(result.outcome).toBe('succeeded')
    const stored = await group(lagging)
    const detail = stored.partitionDetail as PartitionDetail[]
    const cli = parseGroupDescribe(await kafkaCli('ConsumerGroupCommand', ['--bootstrap-server', peers.kafkaBootstrap, '--describe', '--group', lagging]))
    for (const row of cli.filter((r) => r.topic === topicA)) {
      const ours = detail.find((p) => p.topic === row.topic && p.partition === row.partition)
      expect(ours?.committedOffset ?? null).toBe(row.currentOffset)
      expect(ours?.logEndOffset).toBe(row.logEndOffset)
      expect(ours?.lag ?? null).toBe(row.lag)
    }
    expect(detail.map((p) => [p.partition, p.lag])).toEqual([
      [0, 7],
      [1, 0],
    ])
    expect(stored).toMatchObject({ totalLag: 7, maxPartitionLag: 7 })
    const clean = await group(caughtUp)
    expect(clean.totalLag).toBe(0)
    expect(clean.lagStatus).toBe('ok')
    // Caught up: nothing to clear. Lagging after a single poll: no rate yet, so no estimate.
    expect(clean.timeToClearSeconds).toBe(0)
    expect(stored.timeToClearSeconds ?? null).toBeNull()
    expect(stored.lagTrend).toBe('unknown') // one sample: no direction yet
  })

  it('appends one history sample per group per cycle and estimates time lag once the log moves', async () => {
    const producer = new Producer({ clientId: `${run}-lag-producer`, bootstrapBrokers, serializers: stringSerializers })
    await producer.send({ messages: [{ topic: topicA, partition: 0, key: 'k', value: 'late' }] })
    await producer.close()
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    expect((await runLagCheck(activities(), { clusterId, runner: 'embedded' })).outcome).toBe('succeeded')
    const before = logEnds.get(0)!
    await readLogEnds()
    const stored = await group(lagging)
    expect(stored.totalLag).toBe(7 + logEnds.get(0)! - before)
    expect(stored.lagSeconds).toBeGreaterThan(0)
    const history = await rawSamples(payload, stored.id)
    expect(history.map((h) => h.totalLag)).toEqual([7, stored.totalLag])
    const tables = await payload.count({ collection: 'kafka-partition-offsets', where: { topic: { equals: topicA } }, overrideAccess: true })
    expect(tables.totalDocs).toBe(3)
    // Its lag rose (7 -> 8): it is not catching up, and one message is within the trend's noise.
    expect(stored.timeToClearSeconds ?? null).toBeNull()
    expect(stored.lagTrend).toBe('flat')
  })

  it('estimates the time to clear for a group that is catching up from its recent history', async () => {
    await commitOffsets(admin, catching, [{ name: topicA, offsets: [[2, logEnds.get(2)! - 3]] }])
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    expect((await runLagCheck(activities(), { clusterId, runner: 'embedded' })).outcome).toBe('succeeded')
    const stored = await group(catching)
    expect(stored.totalLag).toBe(3)
    const history = await rawSamples(payload, stored.id)
    expect(history.map((h) => h.totalLag)).toEqual([30, 30, 3])
    expect(stored.lagTrend).toBe('falling')
    // 9 messages cleared in the few seconds between the polls: the remaining 3 take a positive, finite time.
    expect(stored.timeToClearSeconds).toBeGreaterThan(0)
    expect(Number.isFinite(stored.timeToClearSeconds)).toBe(true)
    const spanSeconds = (history[2]!.time - history[0]!.time) / 1000
    expect(stored.timeToClearSeconds!).toBeLessThan(spanSeconds)
  })

  it('a worker reuses the state it stored last cycle, and reloads it once another worker has written', async () => {
    const kept = createActivities({ payload })
    const cycle = async (acts: ReturnType<typeof createActivities>) => {
      await new Promise((resolve) => setTimeout(resolve, 20)) // distinct history timestamps
      const result = await runLagCheck(acts, { clusterId, runner: 'embedded' })
      expect(result.outcome).toBe('succeeded')
      return result.counts
    }
    const first = await cycle(kept)
    expect(first.stateReloaded).toBe(first.groups) // nothing remembered yet: read from the database
    expect((await cycle(kept)).stateReloaded).toBe(0)
    const stored = await group(catching)
    await cycle(activities()) // another worker writes
    expect((await cycle(kept)).stateReloaded).toBe(first.groups)
    // Either way the same history: one sample per cycle, and the unchanged lag keeps the same estimate inputs.
    const history = await rawSamples(payload, stored.id)
    expect(history.map((h) => h.totalLag)).toEqual([30, 30, 3, 3, 3, 3, 3])
    // The reloading worker rebuilt the trend from the same history the remembering one kept.
    expect(await group(catching)).toMatchObject({
      totalLag: 3,
      lagTrend: lagTrend(history.map((h) => ({ time: h.time, totalLag: h.totalLag }))),
    })
  })

  it('skips and counts stored JSON that does not parse instead of failing the cycle', async () => {
    const stored = await group(caughtUp)
    await payload.update({
      collection: 'kafka-consumer-groups',
      id: stored.id,
      data: { members: [{ memberId: 1 }], partitionDetail: [{ topic: 1 }] } as never,
      overrideAccess: true,
    })
    // A fresh worker reloads every group's stored state, the junk included.
    const result = await runLagCheck(activities(), { clusterId, runner: 'embedded' })
    expect(result.outcome).toBe('succeeded')
    expect(result.counts.unreadableStored).toBe(2)
    // The group is still checked from its commits: same lag, a new check time.
    const after = await group(caughtUp)
    expect(after.totalLag).toBe(stored.totalLag)
    expect(Date.parse(after.lagCheckedAt!)).toBeGreaterThan(Date.parse(stored.lagCheckedAt!))
  })

  it('records a failure and writes nothing when the broker is unreachable', async () => {
    const before = await group(lagging)
    const broken = createKafkaAdminClient(
      { id: clusterId, name: 'down', enabled: true, bootstrapServers: ['127.0.0.1:9'], securityProtocol: 'PLAINTEXT' },
      { connectTimeoutMs: 1_000, operationTimeoutMs: 5_000 },
    )
    const result = await runLagCheck(createActivities({ payload, kafkaClient: () => Promise.resolve(broken) }), { clusterId, runner: 'embedded' })
    expect(result.outcome).toBe('failed')
    expect((await group(lagging)).updatedAt).toBe(before.updatedAt)
    await broken.close().catch(() => undefined)
  })
})
