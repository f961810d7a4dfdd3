import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { temporalClient } from '@/sync/runners/temporal/connection'
import { createSyncWorker } from '@/sync/runners/temporal/worker'
import { clusterWorkflowId, type ClusterJobResult, type SyncJob } from '@/sync/shared/jobs'
import { seedTopicWithGroups } from '@tests/helpers/kafka-fixture'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { peers } from '@tests/helpers/peers'
import { historyPayloadSizes, temporalTestSettings, testTaskQueue } from '@tests/helpers/temporal'

/** The consumer-group jobs through a real Temporal worker: the same orchestrators as the embedded runner. */
const run = `cgtmp-${process.env.ORBIT_TEST_DB ?? 'db'}-${randomBytes(4).toString('hex')}`
const topic = `${run}-orders`
const groupId = `${run}-billing`
const taskQueue = testTaskQueue()
const settings = temporalTestSettings

let ctx: TestPayload
let payload: Payload
let clusterId: number

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  await seedTopicWithGroups(topic, [{ groupId, offsets: [2, 6] }])
  clusterId = (
    await payload.create({
      collection: 'kafka-clusters',
      data: { name: `${run}-local`, bootstrapServers: peers.kafkaBootstrap, securityProtocol: 'PLAINTEXT' },
      overrideAccess: true,
    })
  ).id
}, 120_000)

afterAll(async () => {
  await ctx?.cleanup()
})

describe(`Consumer-group jobs on Temporal, ${testDatabase()}`, () => {
  it('syncs groups, checks lag and applies retention through a real worker', async () => {
    const { worker, connection } = await createSyncWorker({ payload, settings, taskQueue })
    const client = await temporalClient(settings)
    const execute = (job: SyncJob, workflow: string) =>
      client.workflow.execute(workflow, {
        taskQueue,
        workflowId: clusterWorkflowId(taskQueue, job, clusterId),
        args: [{ clusterId, runner: 'temporal' }],
      }) as Promise<ClusterJobResult>
    try {
      const results = await worker.runUntil(async () => [
        await execute('consumerGroupSync', 'consumerGroupSyncWorkflow'),
        await execute('lagCheck', 'lagCheckWorkflow'),
        await execute('retention', 'retentionWorkflow'),
      ])
      expect(results.map((r) => r.outcome)).toEqual(['succeeded', 'succeeded', 'succeeded'])
      // The group lists stay inside the activities: every payload of each job's history is small,
      // however many groups the shared broker holds (hundreds, from the other test files).
      for (const job of ['consumerGroupSync', 'lagCheck', 'retention'] as const) {
        expect(Math.max(...(await historyPayloadSizes(client, clusterWorkflowId(taskQueue, job, clusterId)))), job).toBeLessThan(2048)
      }
    } finally {
      await client.connection.close()
      await connection.close()
    }
    const found = await payload.find({ collection: 'kafka-consumer-groups', where: { groupId: { equals: groupId } }, depth: 0, overrideAccess: true })
    // 6 records per partition: 4 behind on partition 0, caught up on partition 1.
    expect(found.docs[0]).toMatchObject({ totalLag: 4, maxPartitionLag: 4 })
    const history = await payload.count({
      collection: 'kafka-consumer-group-lag-history',
      where: { consumerGroup: { equals: found.docs[0]!.id } },
      overrideAccess: true,
    })
    expect(history.totalDocs).toBe(1)
    const runs = await payload.find({ collection: 'sync-runs', where: { cluster: { equals: clusterId } }, pagination: false, depth: 0, overrideAccess: true })
    expect(runs.docs.map((r) => [r.job, r.runner, r.outcome]).sort()).toEqual([
      ['consumerGroupSync', 'temporal', 'succeeded'],
      ['lagCheck', 'temporal', 'succeeded'],
      ['retention', 'temporal', 'succeeded'],
    ])
  })
})
