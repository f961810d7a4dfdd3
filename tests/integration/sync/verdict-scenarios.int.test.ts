import { randomBytes } from 'node:crypto'

import { Admin, type Consumer, Producer, stringSerializers } from '@platformatic/kafka'
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { KafkaConsumerGroup } from '@/payload-types'
import type { PartitionDetail } from '@/features/consumer-groups/lib'
import { createActivities } from '@/sync/activities'
import { syncSettings } from '@/sync/settings'
import { runConsumerGroupSync } from '@/sync/workflows/consumer-group-sync'
import { runLagCheck } from '@/sync/workflows/lag-check'
import { bootstrapBrokers, commitOffsets, startConsumer } from '@tests/helpers/kafka-fixture'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { peers } from '@tests/helpers/peers'

/**
 * The group verdict end to end on the real broker, in simulated time: the lag check's clock moves
 * INTERVAL_MS per poll while records and commits are real. A producer writes a burst of 48 records
 * every 8 s (6/s, every other poll); "behind" commits 12 per poll (3/s, half the rate), "caught"
 * keeps up (a few records behind right after a burst), "stopped" committed once and stopped, and
 * "stalled" is a live member that read 5 records and commits no further. Halfway the product
 * restarts (a fresh createActivities on the same database).
 */
const run = `verdict-${process.env.ORBIT_TEST_DB ?? 'db'}-${randomBytes(4).toString('hex')}`
const topic = `${run}-bursty`
const stallTopic = `${run}-stall`
const groupName = (name: string) => `${run}-${name}`
const INTERVAL_MS = 4_000
const BURST = 48
const BEHIND_PER_POLL = 12
const POLLS = 25

let ctx: TestPayload
let payload: Payload
let admin: Admin
let producer: Producer<string, string, string, string>
let stallConsumer: Consumer<string, string, string, string> | undefined
let clusterId: number
let now = Date.now()
let logEnd = 0

const base = syncSettings()
const settings = {
  ...base,
  intervalSeconds: { ...base.intervalSeconds, lagCheck: INTERVAL_MS / 1000 },
  verdict: { fallingBehindWindowMs: 4 * INTERVAL_MS, consecutivePolls: 2 },
}
let activities: ReturnType<typeof createActivities>
const start = () => (activities = createActivities({ payload, settings, clock: () => now }))

// Records carry the simulated time as their CreateTime: the lag check dates them (exact time lag) against the same clock.
async function burst() {
  const timestamp = BigInt(now)
  await producer.send({ messages: Array.from({ length: BURST }, (_, i) => ({ topic, partition: 0, key: `k${i}`, value: `v${i}`, timestamp })) })
  logEnd += BURST
}
const commit = (name: string, offset: number, on = topic) => commitOffsets(admin, groupName(name), [{ name: on, offsets: [[0, offset]] }])
async function poll() {
  now += INTERVAL_MS
  expect((await runLagCheck(activities, { clusterId, runner: 'embedded' })).outcome).toBe('succeeded')
}
async function stored(name: string): Promise<KafkaConsumerGroup & { partitions: PartitionDetail[] }> {
  const where: Where = { and: [{ groupId: { equals: groupName(name) } }, { cluster: { equals: clusterId } }] }
  const group = (await payload.find({ collection: 'kafka-consumer-groups', where, depth: 0, overrideAccess: true })).docs[0]!
  return { ...group, partitions: group.partitionDetail ?? [] }
}

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  admin = new Admin({ clientId: `${run}-admin`, bootstrapBrokers })
  await admin.createTopics({ topics: [topic, stallTopic], partitions: 1, replicas: 1 })
  producer = new Producer({ clientId: `${run}-producer`, bootstrapBrokers, serializers: stringSerializers, idempotent: true })
  await producer.send({ messages: Array.from({ length: 20 }, (_, i) => ({ topic: stallTopic, partition: 0, key: `k${i}`, value: `v${i}` })) })
  clusterId = (
    await payload.create({
      collection: 'kafka-clusters',
      data: { name: `${run}-local`, bootstrapServers: peers.kafkaBootstrap, securityProtocol: 'PLAINTEXT' },
      overrideAccess: true,
    })
  ).id
  start()
  // Two polls of history before the lagging groups appear: the partition's time table knows its pace.
  await burst()
  await commit('caught', logEnd)
  expect((await runConsumerGroupSync(activities, { clusterId, runner: 'embedded' })).outcome).toBe('succeeded')
  await poll()
  await poll()
}, 180_000)

afterAll(async () => {
  await stallConsumer?.close(true)
  await producer?.close()
  await admin?.close()
  await ctx?.cleanup()
})

type Seen = { status: string | null | undefined; rule: string | null | undefined; partitions: (string | null | undefined)[] }

describe(`Group verdict scenarios on the real broker, ${testDatabase()}`, () => {
  it('warns a half-rate consumer under a bursty producer within 5 polls and holds it, keeps the caught-up one OK, tells STOP and STALL only once the window can, across a restart', async () => {
    const seen: Record<string, Seen[]> = { behind: [], caught: [], stopped: [], stalled: [] }
    let behindCommitted = 0
    for (let i = 0; i < POLLS; i++) {
      if (i % 2 === 0) await burst()
      behindCommitted += BEHIND_PER_POLL
      await commit('behind', behindCommitted)
      await commit('caught', i % 2 === 0 ? logEnd - 6 : logEnd)
      if (i === 0) {
        await commit('stopped', 30)
        stallConsumer = await startConsumer(groupName('stalled'), stallTopic, 'classic', 5)
        expect((await runConsumerGroupSync(activities, { clusterId, runner: 'embedded' })).outcome).toBe('succeeded')
      }
      if (i === 12) start() // the product restarts: no memory, same database
      await poll()
      const groups = await payload.find({
        collection: 'kafka-consumer-groups',
        where: { and: [{ groupId: { like: run } }, { cluster: { equals: clusterId } }] },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      for (const name of Object.keys(seen)) {
        const g = groups.docs.find((doc) => doc.groupId === groupName(name))!
        const partitions = (g.partitionDetail ?? []).filter((p) => p.committedOffset !== null)
        seen[name]!.push({ status: g.lagStatus, rule: g.lagRule, partitions: partitions.map((p) => p.rule) })
      }
    }
    const statuses = (name: string) => seen[name]!.map((s) => s.status)

    // Falling behind: Burrow alone says OK (every other poll dips), the verdict warns by poll 5 and never flips back.
    const firstWarn = statuses('behind').indexOf('warn')
    expect(firstWarn).toBeGreaterThanOrEqual(0)
    expect(firstWarn).toBeLessThan(5)
    expect(statuses('behind').slice(firstWarn)).toEqual(Array(POLLS - firstWarn).fill('warn'))
    expect(seen.behind!.at(-1)).toMatchObject({ rule: 'falling_behind', partitions: ['burrow_ok'] })
    const behind = await stored('behind')
    expect(behind.lagReason).toMatch(/^\+[\d.]+ s of lag per minute, \+[\d.]+ messages per minute over the last 16 s /)
    expect(behind.lagSeconds).toBeGreaterThan(0)

    // Caught up under the same producer: OK throughout.
    expect(statuses('caught')).toEqual(Array(POLLS).fill('ok'))

    // Stopped (no member): warming up, then STOP once two intervals tell; never STALL.
    expect(seen.stopped!.slice(0, 2).map((s) => s.partitions)).toEqual([['warming_up'], ['warming_up']])
    expect(seen.stopped!.slice(2).every((s) => s.status === 'err' && s.rule === 'burrow_stop')).toBe(true)

    // A live member that stopped committing: warming up for two polls, then STALL and err.
    expect(seen.stalled!.slice(0, 2).map((s) => s.rule)).toEqual(['warming_up', 'warming_up'])
    expect(seen.stalled!.slice(0, 2).map((s) => s.status)).toEqual(['unknown', 'unknown'])
    expect(seen.stalled!.slice(2).every((s) => s.status === 'err' && s.rule === 'burrow_stall')).toBe(true)

    // The restart (before poll 13) kept every verdict: nothing went back to warming up or to STALL.
    for (const name of ['behind', 'caught', 'stopped'] as const) {
      expect(seen[name]!.slice(12).every((s) => !s.partitions.includes('burrow_stall') && !s.partitions.includes('warming_up'))).toBe(true)
      expect(seen[name]![12]!.status).toBe(seen[name]![11]!.status)
    }
    const stalled = await stored('stalled')
    expect(stalled.lagReason).toContain('committed offset stuck at 5')
  }, 300_000)
})
