import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createActivities } from '@/sync/activities'
import { leaseHolder, takeLease } from '@/sync/db/leases'
import { temporalClient } from '@/sync/runners/temporal/connection'
import { createSyncWorker } from '@/sync/runners/temporal/worker'
import { clusterWorkflowId, type ClusterJobResult, lagStateLeaseName } from '@/sync/shared/jobs'
import { kafkaClientsOfRun, seedTopicWithGroups } from '@tests/helpers/kafka-fixture'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { peers } from '@tests/helpers/peers'
import { temporalTestSettings, testTaskQueue } from '@tests/helpers/temporal'

/**
 * Two real Temporal workers (two processes' worth: each its own activities and lag memory) on one
 * shared task queue: a cluster's lag checks go to the worker that holds its lag state, so the
 * state is read from the database once, not on every cycle that lands on the other worker.
 */
const run = `lagroute-${process.env.ORBIT_TEST_DB ?? 'db'}-${randomBytes(4).toString('hex')}`
const topic = `${run}-orders`
const GROUPS = 3
const taskQueue = testTaskQueue()
const settings = temporalTestSettings

let ctx: TestPayload
let payload: Payload
let clusterId: number

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  await seedTopicWithGroups(
    topic,
    Array.from({ length: GROUPS }, (_, g) => ({ groupId: `${run}-group-${g}`, offsets: [g, 2 * g] as [number, number] })),
  )
  clusterId = (
    await payload.create({
      collection: 'kafka-clusters',
      data: { name: `${run}-local`, bootstrapServers: peers.kafkaBootstrap, securityProtocol: 'PLAINTEXT' },
      overrideAccess: true,
    })
  ).id
  // This run's groups (the broker is shared) synced and checked once outside both workers: their
  // lag state is in the database only.
  const manual = createActivities({ payload, kafkaClient: kafkaClientsOfRun(payload, run) })
  await manual.consumerGroupSync({ clusterId })
  await manual.lagCheck({ clusterId })
}, 120_000)

afterAll(async () => {
  await ctx?.cleanup()
})

describe(`lag checks on the worker holding the state, two Temporal workers, ${testDatabase()}`, () => {
  it('reloads a cluster’s state once over several cycles, and another worker takes over when the holder stops or is gone', async () => {
    const a = await createSyncWorker({ payload, settings, activities: createActivities({ payload }), taskQueue })
    const b = await createSyncWorker({ payload, settings, activities: createActivities({ payload }), taskQueue })
    const running = new Map([a, b].map((w) => [w.worker.ownTaskQueue, w.worker.run()]))
    const client = await temporalClient(settings)
    let cycle = 0
    const lagCycle = async () => {
      const result = (await client.workflow.execute('lagCheckWorkflow', {
        taskQueue,
        workflowId: `${clusterWorkflowId(taskQueue, 'lagCheck', clusterId)}-${cycle++}`,
        args: [{ clusterId, runner: 'temporal' }],
      })) as ClusterJobResult
      expect(result.outcome).toBe('succeeded')
      expect(result.counts.groups).toBe(GROUPS)
      return { reloaded: result.counts.stateReloaded, holder: await leaseHolder(payload, lagStateLeaseName(clusterId)) }
    }
    try {
      const first = [await lagCycle(), await lagCycle(), await lagCycle(), await lagCycle()]
      expect(first.map((c) => c.reloaded)).toEqual([GROUPS, 0, 0, 0])
      const holder = first[0]!.holder
      expect([a.worker.ownTaskQueue, b.worker.ownTaskQueue]).toContain(holder)
      expect(first.map((c) => c.holder)).toEqual([holder, holder, holder, holder])

      // The holder stops (its process shuts down): the other worker takes over and reloads, once.
      const [stopping, survivor] = holder === a.worker.ownTaskQueue ? [a, b] : [b, a]
      stopping.worker.shutdown()
      await running.get(stopping.worker.ownTaskQueue)
      await stopping.connection.close()
      const takeover = [await lagCycle(), await lagCycle()]
      expect(takeover).toEqual([
        { reloaded: GROUPS, holder: survivor.worker.ownTaskQueue },
        { reloaded: 0, holder: survivor.worker.ownTaskQueue },
      ])

      // A holder that died without a word (its record left behind): its queue is never polled,
      // so after the start timeout the check runs on the shared queue, here the survivor's memory.
      await takeLease(payload, lagStateLeaseName(clusterId), `${taskQueue}@gone`, 60_000)
      expect(await lagCycle()).toEqual({ reloaded: 0, holder: survivor.worker.ownTaskQueue })
    } finally {
      for (const w of [a, b]) w.worker.shutdown()
      await Promise.all(running.values())
      await client.connection.close()
      await a.connection.close().catch(() => undefined)
      await b.connection.close().catch(() => undefined)
    }
  }, 180_000)
})
