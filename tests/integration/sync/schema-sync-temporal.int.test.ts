import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSchemaRegistryClient, type SchemaRegistryClient } from '@/integrations/schema-registry'
import { temporalClient } from '@/sync/runners/temporal/connection'
import { ensureSchedules } from '@/sync/runners/temporal/schedules'
import { createSyncWorker } from '@/sync/runners/temporal/worker'
import { clusterWorkflowId, fanOutWorkflowId, type ClusterJobResult, scheduleId } from '@/sync/shared/jobs'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { peers } from '@tests/helpers/peers'
import { expectDatabaseEqualsRegistry, registerScenario, scenarioNames, seedClusterForScenario } from '@tests/helpers/registry-scenario'
import { temporalTestSettings, testTaskQueue } from '@tests/helpers/temporal'

const names = scenarioNames()
const taskQueue = testTaskQueue()
const idPrefix = taskQueue
const settings = temporalTestSettings

let ctx: TestPayload
let payload: Payload
let registry: SchemaRegistryClient
let clusterId: number

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  registry = createSchemaRegistryClient({ baseUrl: peers.schemaRegistryUrl })
  ;({ clusterId } = await seedClusterForScenario(payload, names))
  await registerScenario(registry, names)
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe(`SchemaSyncWorkflow on Temporal, ${testDatabase()}`, () => {
  it('syncs the same scenario through a real Temporal worker, and one cluster’s failure spares the others', async () => {
    const broken = await payload.create({
      collection: 'kafka-clusters',
      data: {
        name: `unreachable-${names.run}`,
        bootstrapServers: '127.0.0.1:1',
        securityProtocol: 'PLAINTEXT',
        schemaRegistryUrl: 'http://127.0.0.1:1/apis/ccompat/v7',
      },
      overrideAccess: true,
    })
    const { worker, connection } = await createSyncWorker({ payload, settings, taskQueue })
    const client = await temporalClient(settings)
    try {
      const results = await worker.runUntil(async () => {
        const one = await client.workflow.execute('schemaSyncWorkflow', {
          taskQueue,
          workflowId: clusterWorkflowId(idPrefix, 'schemaSync', clusterId),
          args: [{ clusterId, runner: 'temporal' }],
        })
        const all = await client.workflow.execute('schemaSyncAllClustersWorkflow', {
          taskQueue,
          workflowId: fanOutWorkflowId(idPrefix, 'schemaSync'),
          args: [{ runner: 'temporal', idPrefix }],
        })
        return { one: one as ClusterJobResult, all: all as ClusterJobResult[] }
      })
      expect(results.one.outcome).not.toBe('failed')
      await expectDatabaseEqualsRegistry(payload, registry, names)

      const byCluster = new Map(results.all.map((r) => [r.clusterId, r]))
      expect(byCluster.get(clusterId)?.outcome).not.toBe('failed')
      expect(byCluster.get(broken.id)?.outcome).toBe('failed')

      const runs = await payload.find({ collection: 'sync-runs', where: { runner: { equals: 'temporal' } }, pagination: false, overrideAccess: true, depth: 0 })
      expect(runs.docs.length).toBeGreaterThanOrEqual(3)
      const health = await payload.findByID({ collection: 'kafka-clusters', id: broken.id, overrideAccess: true })
      expect(health.syncHealth?.schemaSync?.lastOutcome).toBe('failed')
      expect(health.syncHealth?.schemaSync?.lastError).toBeTruthy()
    } finally {
      await client.connection.close()
      await connection.close()
    }
  })

  it('creates the schedules idempotently with overlap "skip", replacing a renamed workflow type', async () => {
    const client = await temporalClient(settings)
    try {
      // The lag check's schedule as an older version left it: its fan-out had another type name.
      await client.schedule.create({
        scheduleId: scheduleId(idPrefix, 'lagCheck'),
        spec: { intervals: [{ every: '60s' }] },
        action: {
          type: 'startWorkflow',
          workflowType: 'consumerLagCheckAllClustersWorkflow',
          workflowId: fanOutWorkflowId(idPrefix, 'lagCheck'),
          taskQueue,
          args: [{ runner: 'temporal', idPrefix }],
        },
        state: { paused: true },
      })
      const first = await ensureSchedules(client, { taskQueue, idPrefix })
      const second = await ensureSchedules(client, { taskQueue, idPrefix })
      expect(second).toEqual(first)
      expect(first).toEqual([
        scheduleId(idPrefix, 'schemaSync'),
        scheduleId(idPrefix, 'consumerGroupSync'),
        scheduleId(idPrefix, 'lagCheck'),
        scheduleId(idPrefix, 'retention'),
        scheduleId(idPrefix, 'topicSync'),
      ])
      const expectedWorkflows = [
        'schemaSyncAllClustersWorkflow',
        'consumerGroupSyncAllClustersWorkflow',
        'lagCheckAllClustersWorkflow',
        'retentionAllClustersWorkflow',
        'topicSyncAllClustersWorkflow',
      ]
      for (const [i, id] of first.entries()) {
        const handle = client.schedule.getHandle(id)
        const description = await handle.describe()
        expect(description.policies.overlap).toBe('SKIP')
        expect(description.action).toMatchObject({ type: 'startWorkflow', workflowType: expectedWorkflows[i], taskQueue })
        await handle.delete()
      }
    } finally {
      await client.connection.close()
    }
  })
})
