import { randomBytes } from 'node:crypto'

import { Admin, Producer, stringSerializers } from '@platformatic/kafka'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PartitionDetail } from '@/features/consumer-groups/lib'
import { createActivities } from '@/sync/activities'
import { runConsumerGroupSync } from '@/sync/workflows/consumer-group-sync'
import { runLagCheck } from '@/sync/workflows/lag-check'
import { bootstrapBrokers, createLocalCluster } from '@tests/helpers/kafka-fixture'
import { type JavaClient, startShareConsumer } from '@tests/helpers/kafka-java-clients'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'

/**
 * A share group's verdict against Kafka's own KafkaShareConsumer (tests/helpers/java), at the
 * product's default settings, in three phases of one group: a member that acknowledged every
 * record while the broker persisted its start offset behind the log end is OK (Burrow's rules on
 * that start offset say STALL: it never moves, a live member, log end minus it > 0); then, with a
 * producer adding records, OK on every poll while it consumes; once it leaves while records keep
 * coming, stopped. Measured on 4.4.0: with lag 0 the start offset stayed 15 to 40 records behind
 * the log end while consuming, and at the last acknowledged batch's start when idle.
 */
const run = `shv-${process.env.ORBIT_TEST_DB ?? 'db'}-${randomBytes(3).toString('hex')}`
const topic = `${run}-queue`
const groupId = `${run}-group`
const POLL_SPACING_MS = 2_000
const POLLS = 5

let ctx: TestPayload
let payload: Payload
let admin: Admin
let producer: Producer<string, string, string, string>
let consumer: JavaClient | undefined
let clusterId: number
let producing: ReturnType<typeof setInterval> | undefined

const activities = () => createActivities({ payload })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const produce = (count: number) => producer.send({ messages: Array.from({ length: count }, (_, i) => ({ topic, partition: 0, key: `k${i}`, value: `v${i}` })) })
/** A steady trickle the member keeps up with: 3 records every half second. */
const startProducing = () => {
  producing = setInterval(() => void produce(3).catch(() => undefined), 500)
}
async function poll() {
  expect((await runLagCheck(activities(), { clusterId, runner: 'embedded' })).outcome).toBe('succeeded')
  const found = await payload.find({ collection: 'kafka-consumer-groups', where: { groupId: { equals: groupId } }, depth: 0, overrideAccess: true })
  const group = found.docs[0]!
  return { group, partition: (group.partitionDetail as PartitionDetail[])[0]! }
}

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  admin = new Admin({ clientId: `${run}-admin`, bootstrapBrokers })
  await admin.createTopics({ topics: [topic], partitions: 1, replicas: 1 })
  producer = new Producer({ clientId: `${run}-producer`, bootstrapBrokers, serializers: stringSerializers })
  await produce(20)
  consumer = await startShareConsumer({ groupId, topic, clientId: `${run}-client`, accept: 'all' })
  clusterId = await createLocalCluster(payload)
  expect((await runConsumerGroupSync(activities(), { clusterId, runner: 'embedded' })).outcome).toBe('succeeded')
}, 300_000)

afterAll(async () => {
  clearInterval(producing)
  await consumer?.stop()
  await producer?.close()
  await admin?.close()
  await ctx?.cleanup()
})

describe(`a share group's verdict with a real KafkaShareConsumer on ${testDatabase()}`, () => {
  it('is OK once its member acknowledged every record, though the broker persisted the start offset behind the log end', async () => {
    const polls = []
    for (let i = 0; i < 3; i++) {
      if (i > 0) await sleep(POLL_SPACING_MS)
      polls.push(await poll())
    }
    const last = polls.at(-1)!
    expect(last.group.groupType).toBe('share')
    // The premise (KIP-932's lazily persisted start offset): all 20 records done, the start offset still below 20, never moving.
    expect(polls.map((p) => [p.partition.lag, p.partition.logEndOffset])).toEqual([
      [0, 20],
      [0, 20],
      [0, 20],
    ])
    expect(new Set(polls.map((p) => p.partition.committedOffset)).size).toBe(1)
    expect(last.partition.committedOffset).toBeLessThan(20)
    expect(last.partition).toMatchObject({ status: 'ok', rule: 'share_caught_up' })
    expect(last.group).toMatchObject({ lagStatus: 'ok', lagRule: 'share_caught_up', totalLag: 0 })
  }, 300_000)

  it('is OK by the share rules on every poll while the member consumes a topic that keeps receiving records', async () => {
    startProducing()
    for (let i = 0; i < POLLS; i++) {
      await sleep(POLL_SPACING_MS)
      const { group, partition } = await poll()
      expect({ poll: i, group: group.lagStatus, partition: partition.status }).toEqual({ poll: i, group: 'ok', partition: 'ok' })
      expect(partition.reason).toMatch(/^lag \d+/)
    }
  }, 300_000)

  it('is stopped once its only member left while records keep arriving', async () => {
    await consumer?.stop()
    consumer = undefined
    expect((await runConsumerGroupSync(activities(), { clusterId, runner: 'embedded' })).outcome).toBe('succeeded')
    // Stability (two consecutive polls by default): the second poll without a member turns the verdict.
    await poll()
    await sleep(POLL_SPACING_MS)
    const last = await poll()
    expect(last.group).toMatchObject({ memberCount: 0, lagStatus: 'err', lagRule: 'share_stopped' })
    expect(last.partition).toMatchObject({ status: 'stop', rule: 'share_stopped', owner: null })
    expect(last.partition.lag).toBeGreaterThan(0)
  }, 300_000)
})
