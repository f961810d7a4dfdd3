import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createActivities } from '@/sync/activities'
import { temporalClient } from '@/sync/runners/temporal/connection'
import { createSyncWorker } from '@/sync/runners/temporal/worker'
import { clusterWorkflowId, type ClusterJobResult } from '@/sync/shared/jobs'
import { signatureValid } from '@tests/helpers/alert-receivers'
import { startHttpReceiver } from '@tests/helpers/http-receiver'
import { createLocalCluster, kafkaClientsOfRun, seedTopicWithGroups } from '@tests/helpers/kafka-fixture'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { temporalTestSettings, testTaskQueue } from '@tests/helpers/temporal'
import { createRow, seedRunWorkspace } from '@tests/integration/alerting/channel-fixture'

/**
 * Alerting under the Temporal runner: lagCheckWorkflow on a real worker (the peer on 17233) runs
 * the lag check and finishSyncRun, whose evaluation fires the rule and delivers it: one signed
 * webhook, one delivery; a second cycle while it keeps firing sends nothing more.
 */
const run = `alerts-temporal-${testDatabase()}-${randomBytes(4).toString('hex')}`
const topic = `${run}-orders`
const groupId = `${run}-billing`
const SECRET = `whsec-${run}`
const taskQueue = testTaskQueue()

let ctx: TestPayload
let payload: Payload
let receiver: Awaited<ReturnType<typeof startHttpReceiver>>
let clusterId: number
let activities: ReturnType<typeof createActivities>

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  receiver = await startHttpReceiver()
  // 6 records on each of 2 partitions, nothing consumed: lag 12.
  await seedTopicWithGroups(topic, [{ groupId, offsets: [0, 0] }])
  clusterId = await createLocalCluster(payload, `${run}-local`)
  const create = async (collection: string, data: Record<string, unknown>) => ({ id: await createRow(payload, collection, data) })
  const workspace = await seedRunWorkspace(payload, run, clusterId)
  await create('alert-channels', { name: 'hook', workspace, kind: 'webhook', webhookUrl: receiver.url(`/hook-${run}`), webhookSecret: SECRET })
  await create('alert-rules', { name: `Behind ${run}`, workspace, condition: 'group-lag', threshold: 5, targetKind: 'workspace', forEvaluations: 1 })
  // Only this run's groups (the broker is shared): the lag checks cover what the group sync stored.
  activities = createActivities({ payload, kafkaClient: kafkaClientsOfRun(payload, run) })
  await activities.consumerGroupSync({ clusterId })
}, 120_000)

afterAll(async () => {
  await receiver?.close()
  await ctx?.cleanup()
})

describe(`alerts under the Temporal runner, ${testDatabase()}`, () => {
  it('a lagCheckWorkflow on a Temporal worker fires the rule: one signed webhook, one delivery', async () => {
    const { worker, connection } = await createSyncWorker({ payload, settings: temporalTestSettings, activities, taskQueue })
    const client = await temporalClient(temporalTestSettings)
    const cycle = async (n: number) => {
      const result = (await client.workflow.execute('lagCheckWorkflow', {
        taskQueue,
        workflowId: `${clusterWorkflowId(taskQueue, 'lagCheck', clusterId)}-${n}`,
        args: [{ clusterId, runner: 'temporal' }],
      })) as ClusterJobResult
      expect(result.outcome, result.error).toBe('succeeded')
    }
    try {
      await worker.runUntil(async () => {
        await cycle(1)
        await cycle(2)
      })
    } finally {
      await client.connection.close()
      await connection.close()
    }
    const hooks = receiver.received.filter((r) => r.path === `/hook-${run}`)
    expect(hooks.map((r) => (JSON.parse(r.body) as { status: string; target: { name: string } }).target.name)).toEqual([groupId])
    expect(signatureValid(String(hooks[0]!.headers['orbit-signature']), hooks[0]!.body, SECRET)).toBe(true)
    const deliveries = await payload.find({ collection: 'alert-deliveries', depth: 0, pagination: false, overrideAccess: true })
    expect(deliveries.docs.map((d) => `${d.notification?.status} ${d.status}`)).toEqual(['firing sent'])
    const runs = await payload.find({
      collection: 'sync-runs',
      where: { cluster: { equals: clusterId }, job: { equals: 'lagCheck' } },
      depth: 0,
      overrideAccess: true,
    })
    expect(runs.docs.map((r) => r.runner)).toEqual(['temporal', 'temporal'])
  }, 180_000)
})
