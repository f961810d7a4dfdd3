import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { acquireLease, releaseLease } from '@/sync/db/leases'
import { type Activities, createActivities } from '@/sync/activities'
import { runClusterJob, startEmbeddedRunner } from '@/sync/runners/embedded'
import { clusterLeaseName, RUNNER_LEASE } from '@/sync/shared/jobs'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'

let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
})
afterAll(async () => {
  await ctx?.cleanup()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** A run lease longer than any test here. */
const LEASE_MS = 900_000

describe(`leases on ${testDatabase()}`, () => {
  it('lets exactly one of many concurrent claimants win', async () => {
    const wins = await Promise.all(Array.from({ length: 12 }, (_, i) => acquireLease(payload, 'race', `holder-${i}`, 60_000)))
    expect(wins.filter(Boolean)).toHaveLength(1)
  })

  it('is renewable by its holder, refused to others until it expires, then taken over', async () => {
    expect(await acquireLease(payload, 'expiring', 'a', 300)).toBe(true)
    expect(await acquireLease(payload, 'expiring', 'a', 300)).toBe(true)
    expect(await acquireLease(payload, 'expiring', 'b', 300)).toBe(false)
    await sleep(400)
    expect(await acquireLease(payload, 'expiring', 'b', 300)).toBe(true)
    expect(await acquireLease(payload, 'expiring', 'a', 300)).toBe(false)
  })

  it('is free again right after release, and release by a non-holder does nothing', async () => {
    expect(await acquireLease(payload, 'released', 'a', 60_000)).toBe(true)
    await releaseLease(payload, 'released', 'b')
    expect(await acquireLease(payload, 'released', 'b', 60_000)).toBe(false)
    await releaseLease(payload, 'released', 'a')
    expect(await acquireLease(payload, 'released', 'b', 60_000)).toBe(true)
  })
})

describe(`embedded runner on ${testDatabase()}`, () => {
  /** Activities whose schema sync blocks until released, to observe overlap. */
  function blockingActivities() {
    const real = createActivities({ payload })
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    let started = 0
    const activities: Activities = {
      ...real,
      listRegistrySubjects: async () => {
        started += 1
        await gate
        return { subjects: 0, globalCompatibility: 'BACKWARD' }
      },
    }
    return { activities, release: () => release(), started: () => started }
  }

  it('never runs the same job for the same cluster twice at once', async () => {
    const cluster = await payload.create({
      collection: 'kafka-clusters',
      data: { name: 'overlap', bootstrapServers: '127.0.0.1:1', securityProtocol: 'PLAINTEXT', schemaRegistryUrl: 'http://127.0.0.1:1' },
      overrideAccess: true,
    })
    const { activities, release, started } = blockingActivities()
    const args = { payload, activities, job: 'schemaSync' as const, clusterId: cluster.id, runner: 'embedded' as const, leaseMs: LEASE_MS }
    const first = runClusterJob({ ...args, holder: 'process-1' })
    await sleep(100)
    expect(await runClusterJob({ ...args, holder: 'process-2' })).toBeNull()
    release()
    const result = await first
    expect(result?.outcome).toBe('succeeded')
    expect(started()).toBe(1)
    const health = await payload.findByID({ collection: 'kafka-clusters', id: cluster.id, overrideAccess: true })
    expect(health.syncHealth?.schemaSync?.lastOutcome).toBe('succeeded')
    expect(health.syncHealth?.schemaSync?.lastSuccessAt).toBeTruthy()
  })

  it('is not blocked forever by a run that crashed holding its lease', async () => {
    const cluster = await payload.create({
      collection: 'kafka-clusters',
      data: { name: 'crashed', bootstrapServers: '127.0.0.1:1', securityProtocol: 'PLAINTEXT', schemaRegistryUrl: 'http://127.0.0.1:1' },
      overrideAccess: true,
    })
    // A crashed process left its lease behind, already expired.
    await acquireLease(payload, clusterLeaseName('schemaSync', cluster.id), 'dead-process', 1)
    await sleep(20)
    const { activities, release } = blockingActivities()
    release()
    const result = await runClusterJob({
      payload,
      activities,
      holder: 'alive',
      job: 'schemaSync',
      clusterId: cluster.id,
      runner: 'embedded',
      leaseMs: LEASE_MS,
    })
    expect(result?.outcome).toBe('succeeded')
  })

  it('lets only one of two runners sharing the database lead', async () => {
    const quiet = { ...createActivities({ payload }), listSyncableClusters: () => Promise.resolve([]) }
    const a = startEmbeddedRunner({ payload, activities: quiet, holder: 'runner-a', firstRunDelayMs: 10 })
    const b = startEmbeddedRunner({ payload, activities: quiet, holder: 'runner-b', firstRunDelayMs: 10 })
    await sleep(500)
    expect([a.isLeader(), b.isLeader()].filter(Boolean)).toHaveLength(1)
    await a.stop()
    await b.stop()
  })

  it('frees the leases of its runs in progress when stopped, and nobody else’s', async () => {
    const quiet = { ...createActivities({ payload }), listSyncableClusters: () => Promise.resolve([]) }
    const runner = startEmbeddedRunner({ payload, activities: quiet, holder: 'stopping', firstRunDelayMs: 10 })
    await sleep(200)
    expect(runner.isLeader()).toBe(true)
    // A run of this process holds its cluster lease (15 minutes), another process holds its own.
    expect(await acquireLease(payload, clusterLeaseName('lagCheck', 901), 'stopping', 900_000)).toBe(true)
    expect(await acquireLease(payload, clusterLeaseName('lagCheck', 902), 'other-process', 900_000)).toBe(true)
    await runner.stop()
    expect(await acquireLease(payload, clusterLeaseName('lagCheck', 901), 'restarted', 900_000)).toBe(true)
    expect(await acquireLease(payload, RUNNER_LEASE, 'restarted', 35_000)).toBe(true)
    expect(await acquireLease(payload, clusterLeaseName('lagCheck', 902), 'restarted', 900_000)).toBe(false)
  })
})
