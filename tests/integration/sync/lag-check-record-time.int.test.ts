import { randomBytes } from 'node:crypto'

import { Admin, Producer, stringSerializers } from '@platformatic/kafka'
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PartitionDetail } from '@/features/consumer-groups/lib'
import { createActivities } from '@/sync/activities'
import { runConsumerGroupSync } from '@/sync/workflows/consumer-group-sync'
import { runLagCheck } from '@/sync/workflows/lag-check'
import { bootstrapBrokers, commitOffsets, createLocalCluster } from '@tests/helpers/kafka-fixture'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'

/**
 * Exact time lag end to end on the real broker: records carry CreateTime timestamps set by the
 * test, so the truth of every check is (poll time − timestamp of the record at the committed
 * offset), known without the code under test. A steady partition (one record per second) and a
 * bursty one (10 records at once every 8 s), both timestamped in the past so the time table of the
 * polls could not know them; a LogAppendTime topic; a record from a producer clock in the future;
 * and a committed record removed by deleteRecords.
 */
const run = `lagrt-${process.env.ORBIT_TEST_DB ?? 'db'}-${randomBytes(4).toString('hex')}`
const steady = `${run}-steady`
const bursty = `${run}-bursty`
const appendTime = `${run}-append`
const future = `${run}-future`
const deleted = `${run}-deleted`
const groupName = (name: string) => `${run}-${name}`
/** Steady: record i at BASE + i s. Bursty: record i at BASE + 8 s × floor(i / 10) + (i % 10) ms. */
const BASE = Date.now() - 10 * 60_000
const steadyAt = (i: number) => BASE + i * 1_000
const burstyAt = (i: number) => BASE + 8_000 * Math.floor(i / 10) + (i % 10)

let ctx: TestPayload
let payload: Payload
let admin: Admin
let producer: Producer<string, string, string, string>
let clusterId: number

const activities = () => createActivities({ payload })
const produce = (topic: string, timestamps: number[]) =>
  producer.send({ messages: timestamps.map((t, i) => ({ topic, partition: 0, key: `k${i}`, value: `v${i}`, timestamp: BigInt(t) })) })
const commit = (name: string, topic: string, offset: number) => commitOffsets(admin, groupName(name), [{ name: topic, offsets: [[0, offset]] }])
async function poll() {
  const result = await runLagCheck(activities(), { clusterId, runner: 'embedded' })
  expect(result.outcome).toBe('succeeded')
  return result.counts
}
async function partition(name: string) {
  const where: Where = { and: [{ groupId: { equals: groupName(name) } }, { cluster: { equals: clusterId } }] }
  const group = (await payload.find({ collection: 'kafka-consumer-groups', where, depth: 0, overrideAccess: true })).docs[0]!
  return { group, detail: ((group.partitionDetail ?? []) as PartitionDetail[])[0]!, polledAt: Date.parse(group.lagCheckedAt!) }
}
async function syncGroups() {
  expect((await runConsumerGroupSync(activities(), { clusterId, runner: 'embedded' })).outcome).toBe('succeeded')
}

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  admin = new Admin({ clientId: `${run}-admin`, bootstrapBrokers })
  await admin.createTopics({ topics: [steady, bursty, future, deleted], partitions: 1, replicas: 1 })
  await admin.createTopics({ topics: [appendTime], partitions: 1, replicas: 1, configs: [{ name: 'message.timestamp.type', value: 'LogAppendTime' }] })
  producer = new Producer({ clientId: `${run}-producer`, bootstrapBrokers, serializers: stringSerializers })
  await produce(
    steady,
    Array.from({ length: 300 }, (_, i) => steadyAt(i)),
  )
  await produce(
    bursty,
    Array.from({ length: 300 }, (_, i) => burstyAt(i)),
  )
  await produce(
    deleted,
    Array.from({ length: 30 }, (_, i) => steadyAt(i)),
  )
  clusterId = await createLocalCluster(payload, `${run}-local`)
}, 180_000)

afterAll(async () => {
  await producer?.close()
  await admin?.close()
  await ctx?.cleanup()
})

describe(`Exact time lag from the record at the committed offset, ${testDatabase()}`, () => {
  it('is within 1 s of the truth on a steady and a bursty partition from the first check on, and on every later one', async () => {
    // Offsets inside a burst and at a burst's first record, where interpolation between polls is off by seconds.
    const commits = [
      { steady: 20, bursty: 25 },
      { steady: 95, bursty: 130 },
      { steady: 250, bursty: 291 },
    ]
    await commit('steady', steady, commits[0]!.steady)
    await commit('bursty', bursty, commits[0]!.bursty)
    await syncGroups()
    for (const [check, offsets] of commits.entries()) {
      if (check > 0) {
        await commit('steady', steady, offsets.steady)
        await commit('bursty', bursty, offsets.bursty)
      }
      const counts = await poll()
      expect(counts.recordsRead).toBeGreaterThanOrEqual(2)
      for (const [name, truthAt] of [
        ['steady', steadyAt(offsets.steady)],
        ['bursty', burstyAt(offsets.bursty)],
      ] as const) {
        const { group, detail, polledAt } = await partition(name)
        const truth = (polledAt - truthAt) / 1000
        expect(detail.lag).toBe(300 - offsets[name])
        expect(detail.lagSecondsMethod).toBe('record')
        expect(detail.lagSecondsClamped).toBe(false)
        expect(Math.abs(detail.lagSeconds! - truth)).toBeLessThanOrEqual(1)
        expect(group.lagSeconds).toBe(detail.lagSeconds)
      }
    }
  }, 300_000)

  it('dates every record of a LogAppendTime topic by the broker’s append time, not the producer’s timestamp', async () => {
    const before = Date.now()
    await produce(appendTime, [BASE, BASE + 1, BASE + 2, BASE + 3])
    const after = Date.now()
    await commit('append', appendTime, 1)
    await syncGroups()
    await poll()
    const { detail, polledAt } = await partition('append')
    expect(detail.lagSecondsMethod).toBe('record')
    // Appended between `before` and `after`: the producer's timestamps (10 minutes ago) are ignored.
    expect(detail.lagSeconds!).toBeGreaterThanOrEqual((polledAt - after) / 1000 - 1)
    expect(detail.lagSeconds!).toBeLessThanOrEqual((polledAt - before) / 1000 + 1)
  }, 120_000)

  it('clamps a record from a producer clock in the future to 0 and flags it', async () => {
    await produce(future, [Date.now() + 10 * 60_000, Date.now() + 10 * 60_000])
    await commit('future', future, 0)
    await syncGroups()
    await poll()
    const { detail } = await partition('future')
    expect(detail).toMatchObject({ lag: 2, lagSeconds: 0, lagSecondsMethod: 'record', lagSecondsClamped: true })
  }, 120_000)

  it('falls back to the time table, and says so, when deleteRecords removed the committed record', async () => {
    await commit('deleted', deleted, 5)
    await syncGroups()
    await poll()
    await admin.deleteRecords({ topics: [{ name: deleted, partitions: [{ partition: 0, offset: 10n }] }] })
    await produce(deleted, [Date.now()])
    await poll()
    const { detail } = await partition('deleted')
    expect(detail).toMatchObject({ committedOffset: 5, logStartOffset: 10, belowLogStart: true })
    // The committed record is gone: the table's two polls do not bracket offset 5, so the value is extrapolated.
    expect(detail.lagSecondsMethod).toBe('extrapolated')
    expect(detail.lagSeconds).not.toBeNull()
  }, 120_000)
})
