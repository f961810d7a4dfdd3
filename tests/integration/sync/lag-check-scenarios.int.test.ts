import { randomBytes } from 'node:crypto'

import { Admin, type Consumer, Producer, stringSerializers } from '@platformatic/kafka'
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createActivities } from '@/sync/activities'
import { DEFAULT_VERDICT_SETTINGS, type PartitionDetail } from '@/features/consumer-groups/lib'
import { runJobForAllClusters } from '@/sync/runners/embedded'
import { runConsumerGroupSync } from '@/sync/workflows/consumer-group-sync'
import { runLagCheck } from '@/sync/workflows/lag-check'
import { syncSettings } from '@/sync/settings'
import { bootstrapBrokers, commitOffsets, startConsumer } from '@tests/helpers/kafka-fixture'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { kafkaCli, parseGroupDescribe, peers } from '@tests/helpers/peers'

/**
 * Lag-check scenarios end to end on the real broker: each of Burrow's rules reached by real
 * commits, time lag against records produced at known times, a committed offset below the log
 * start, and two clusters of which one is down.
 */
const run = `lagsc-${process.env.ORBIT_TEST_DB ?? 'db'}-${randomBytes(4).toString('hex')}`
const topic = `${run}-rules`
const stallTopic = `${run}-stall`
const timeTopic = `${run}-time`
const groupName = (name: string) => `${run}-${name}`
/** One partition of `topic` per group. */
const PARTITION = { ok: 0, warn: 1, stop: 2, rewind: 3, below: 4 } as const

let ctx: TestPayload
let payload: Payload
let admin: Admin
let producer: Producer<string, string, string, string>
let stallConsumer: Consumer<string, string, string, string> | undefined
let clusterId: number

// The product's defaults, stability included: a group's verdict changes once the new status held
// on DEFAULT_VERDICT_SETTINGS.consecutivePolls (2) polls in a row, so the Burrow scenario below
// ends with one more round of the same commits, after which the group shows its worst partition's
// status (Burrow's group rule). verdict-scenarios.int.test.ts covers stability itself.
const settings = syncSettings()
const activities = () =>
  createActivities({ payload, settings: { ...settings, verdict: { ...settings.verdict, consecutivePolls: DEFAULT_VERDICT_SETTINGS.consecutivePolls } } })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const produce = (name: string, partition: number, count: number) =>
  producer.send({ messages: Array.from({ length: count }, (_, i) => ({ topic: name, partition, key: `k${i}`, value: `v${i}` })) })
const commit = (name: keyof typeof PARTITION, offset: number) => commitOffsets(admin, groupName(name), [{ name: topic, offsets: [[PARTITION[name], offset]] }])
async function poll() {
  expect((await runLagCheck(activities(), { clusterId, runner: 'embedded' })).outcome).toBe('succeeded')
}
async function stored(name: string) {
  const where: Where = { and: [{ groupId: { equals: groupName(name) } }, { cluster: { equals: clusterId } }] }
  const found = await payload.find({ collection: 'kafka-consumer-groups', where, depth: 0, overrideAccess: true })
  const group = found.docs[0]!
  return { group, partitions: (group.partitionDetail ?? []) as PartitionDetail[] }
}

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  admin = new Admin({ clientId: `${run}-admin`, bootstrapBrokers })
  await admin.createTopics({ topics: [topic], partitions: 5, replicas: 1 })
  await admin.createTopics({ topics: [stallTopic, timeTopic], partitions: 1, replicas: 1 })
  // Idempotent: a retry under load must not duplicate records, or offsets would drift from the plan.
  producer = new Producer({ clientId: `${run}-producer`, bootstrapBrokers, serializers: stringSerializers, idempotent: true })
  for (const p of Object.values(PARTITION)) await produce(topic, p, 20)
  await produce(stallTopic, 0, 20)
  await commit('ok', 20)
  await commit('warn', 10)
  await commit('stop', 10)
  await commit('rewind', 15)
  await commit('below', 2)
  await admin.deleteRecords({ topics: [{ name: topic, partitions: [{ partition: PARTITION.below, offset: 5n }] }] })
  // A live member that read 5 of 20 records, committed, and consumes no further: STALL.
  stallConsumer = await startConsumer(groupName('stall'), stallTopic, 'classic', 5)
  clusterId = (
    await payload.create({
      collection: 'kafka-clusters',
      data: { name: `${run}-local`, bootstrapServers: peers.kafkaBootstrap, securityProtocol: 'PLAINTEXT' },
      overrideAccess: true,
    })
  ).id
  expect((await runConsumerGroupSync(activities(), { clusterId, runner: 'embedded' })).outcome).toBe('succeeded')
}, 180_000)

afterAll(async () => {
  await stallConsumer?.close(true)
  await producer?.close()
  await admin?.close()
  await ctx?.cleanup()
})

describe(`Lag-check scenarios on the real broker, ${testDatabase()}`, () => {
  it('reaches each of Burrow’s statuses through real commits', async () => {
    const pollTimes: number[] = []
    const lastPollTime = async () => Date.parse((await stored('ok')).group.lagCheckedAt!)
    await poll()
    pollTimes.push(await lastPollTime())
    await sleep(1_100)
    // Round 2: ok keeps up, warn commits but falls further behind, stop commits a second time,
    // rewind goes back below where it was.
    await produce(topic, PARTITION.ok, 5)
    await commit('ok', 25)
    await produce(topic, PARTITION.warn, 10)
    await commit('warn', 12)
    await commit('stop', 12)
    await commit('rewind', 5)
    await poll()
    const [firstPoll, secondPoll] = [pollTimes[0]!, await lastPollTime()]
    await sleep(1_100)
    // Rounds 3-5: ok keeps up (when it commits), warn falls further behind, stop no longer commits
    // while its partition keeps receiving records, rewind creeps up below where it was.
    const laterRound = async (commits: { ok?: number; warn: number; rewind: number }) => {
      if (commits.ok !== undefined) {
        await produce(topic, PARTITION.ok, 5)
        await commit('ok', commits.ok)
      }
      await produce(topic, PARTITION.warn, 10)
      await commit('warn', commits.warn)
      await produce(topic, PARTITION.stop, 10)
      await commit('rewind', commits.rewind)
      await poll()
    }
    await laterRound({ ok: 30, warn: 14, rewind: 6 })
    // Longer than stop's commit span (poll 1 -> poll 2) without a commit.
    await sleep(Math.max(0, secondPoll + (secondPoll - firstPoll) + 1_000 - Date.now()))
    await laterRound({ warn: 16, rewind: 7 })
    // Round 5, the same again: every status holds on a second consecutive poll (stability).
    await sleep(1_100)
    await laterRound({ ok: 35, warn: 18, rewind: 8 })

    const status = async (name: string) => {
      const { group, partitions } = await stored(name)
      return { group: group.lagStatus, partitions: partitions.filter((p) => p.committedOffset !== null).map((p) => p.status) }
    }
    expect(await status('ok')).toEqual({ group: 'ok', partitions: ['ok'] })
    expect(await status('warn')).toEqual({ group: 'warn', partitions: ['warn'] })
    expect(await status('stop')).toEqual({ group: 'err', partitions: ['stop'] })
    expect(await status('rewind')).toEqual({ group: 'err', partitions: ['rewind'] })
    expect(await status('stall')).toEqual({ group: 'err', partitions: ['stall'] })
    expect((await stored('warn')).group.totalLag).toBe(60 - 18)
    // Five polls of every group on the shared broker: 240 s measured on PostgreSQL at load 23.
  }, 600_000)

  it('flags a committed offset below the log start and reports the lag as Kafka does', async () => {
    const { group, partitions } = await stored('below')
    const p = partitions.find((x) => x.partition === PARTITION.below)!
    expect(p).toMatchObject({ committedOffset: 2, logStartOffset: 5, logEndOffset: 20, belowLogStart: true, lag: 18 })
    expect(group.totalLag).toBe(18)
    const cli = parseGroupDescribe(
      await kafkaCli('org.apache.kafka.tools.consumer.group.ConsumerGroupCommand', [
        '--bootstrap-server',
        peers.kafkaBootstrap,
        '--describe',
        '--group',
        groupName('below'),
      ]),
    )
    const row = cli.find((r) => r.topic === topic && r.partition === PARTITION.below)!
    expect(row).toMatchObject({ currentOffset: 2, logEndOffset: 20, lag: 18 })
  })

  it('estimates time lag within one poll interval of the truth for records produced at known times', async () => {
    await produce(timeTopic, 0, 10)
    await commitOffsets(admin, groupName('time'), [{ name: timeTopic, offsets: [[0, 10]] }])
    expect((await runConsumerGroupSync(activities(), { clusterId, runner: 'embedded' })).outcome).toBe('succeeded')
    await poll()
    const pollTimes = [Date.parse((await stored('time')).group.lagCheckedAt!)]
    await sleep(1_000)
    // Record 10, the first the group has not consumed, is produced now.
    const firstUnconsumedAt = Date.now()
    await produce(timeTopic, 0, 10)
    await poll()
    pollTimes.push(Date.parse((await stored('time')).group.lagCheckedAt!))
    await sleep(1_000)
    await produce(timeTopic, 0, 10)
    await poll()
    const { group, partitions } = await stored('time')
    pollTimes.push(Date.parse(group.lagCheckedAt!))
    const truth = (pollTimes[2]! - firstUnconsumedAt) / 1000
    const interval = Math.max(pollTimes[1]! - pollTimes[0]!, pollTimes[2]! - pollTimes[1]!) / 1000
    expect(partitions[0]!.lag).toBe(20)
    expect(Math.abs(partitions[0]!.lagSeconds! - truth)).toBeLessThanOrEqual(interval)
    expect(group.lagSeconds).toBe(partitions[0]!.lagSeconds)
  }, 300_000)

  it('keeps syncing the healthy cluster when another is down; the down one keeps its data and shows the error', async () => {
    const down = await payload.create({
      collection: 'kafka-clusters',
      data: { name: `${run}-down`, bootstrapServers: peers.kafkaBootstrap, securityProtocol: 'PLAINTEXT' },
      overrideAccess: true,
    })
    expect((await runConsumerGroupSync(activities(), { clusterId: down.id, runner: 'embedded' })).outcome).toBe('succeeded')
    expect((await runLagCheck(activities(), { clusterId: down.id, runner: 'embedded' })).outcome).toBe('succeeded')
    const groupsOf = async (id: number) =>
      (
        await payload.find({
          collection: 'kafka-consumer-groups',
          where: { and: [{ cluster: { equals: id } }, { groupId: { like: run } }] },
          pagination: false,
          depth: 0,
          overrideAccess: true,
          sort: 'groupId',
        })
      ).docs
    const before = await groupsOf(down.id)
    expect(before.length).toBeGreaterThan(0)
    // The broker "goes away": nothing listens on this port.
    await payload.update({ collection: 'kafka-clusters', id: down.id, data: { bootstrapServers: '127.0.0.1:1' }, overrideAccess: true })
    const healthyBefore = (await stored('ok')).group.lagCheckedAt

    for (const job of ['consumerGroupSync', 'lagCheck'] as const) {
      const results = await runJobForAllClusters({ payload, activities: activities(), holder: run, job, runner: 'embedded', leaseMs: 900_000 })
      expect(results.find((r) => r.clusterId === clusterId)?.outcome).toBe('succeeded')
      expect(results.find((r) => r.clusterId === down.id)?.outcome).toBe('failed')
    }
    expect(Date.parse((await stored('ok')).group.lagCheckedAt!)).toBeGreaterThan(Date.parse(healthyBefore ?? '1970-01-01T00:00:00Z'))
    const after = await groupsOf(down.id)
    expect(after.map((g) => [g.groupId, g.status, g.totalLag, g.lagCheckedAt])).toEqual(before.map((g) => [g.groupId, g.status, g.totalLag, g.lagCheckedAt]))
    const health = (await payload.findByID({ collection: 'kafka-clusters', id: down.id, overrideAccess: true })).syncHealth
    expect(health?.lagCheck?.lastOutcome).toBe('failed')
    expect(health?.lagCheck?.lastError).toBeTruthy()
    expect(health?.consumerGroupSync?.lastOutcome).toBe('failed')
  }, 300_000)
})
