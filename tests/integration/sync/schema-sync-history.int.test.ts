import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSchemaRegistryClient, type SchemaRegistryClient } from '@/integrations/schema-registry'
import { createActivities } from '@/sync/activities'
import { temporalClient } from '@/sync/runners/temporal/connection'
import { createSyncWorker } from '@/sync/runners/temporal/worker'
import { clusterWorkflowId, type ClusterJobResult } from '@/sync/shared/jobs'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { peers } from '@tests/helpers/peers'
import { avroRecord, onlyThisRun, scenarioNames, seedClusterForScenario, storedSchemas } from '@tests/helpers/registry-scenario'
import { activityCalls, historyPayloadSizes, temporalTestSettings, testTaskQueue } from '@tests/helpers/temporal'

/**
 * A registry listing kept out of the workflow's history: 300 subjects with long names, whose
 * listing sent inline (as the workflow once did) is tens of kilobytes, travel as a run id and two
 * batch numbers. Temporal refuses a payload over 2 MB, which ~25,000 subjects reached inline.
 */
const names = scenarioNames()
const SUBJECTS = 300
const subjects = Array.from({ length: SUBJECTS }, (_, i) => `${names.prefix}${'long-subject-name-'.repeat(8)}${String(i).padStart(3, '0')}-value`)
// What the listing step returned inline before: every subject with its live and soft-deleted versions.
const inlineListingBytes = Buffer.byteLength(JSON.stringify(subjects.map((subject) => ({ subject, versions: [1], deletedVersions: [] }))))
/** The largest payload the history may hold: a fiftieth of the inline listing, whatever the number of subjects. */
const PAYLOAD_LIMIT = 1024

const taskQueue = testTaskQueue()
const settings = temporalTestSettings

let ctx: TestPayload
let payload: Payload
let registry: SchemaRegistryClient
let clusterId: number

async function inParallel<T>(items: readonly T[], run: (item: T) => Promise<unknown>, limit = 10): Promise<void> {
  for (let i = 0; i < items.length; i += limit) await Promise.all(items.slice(i, i + limit).map(run))
}

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  registry = createSchemaRegistryClient({ baseUrl: peers.schemaRegistryUrl })
  ;({ clusterId } = await seedClusterForScenario(payload, names))
  await inParallel(subjects, (subject) => registry.registerSchema(subject, { schema: avroRecord([{ name: 'id', type: 'string' }]) }))
}, 120_000)

afterAll(async () => {
  await inParallel(subjects, async (subject) => {
    await registry.deleteSubject(subject).catch(() => undefined)
    await registry.deleteSubject(subject, { permanent: true }).catch(() => undefined)
  })
  await ctx?.cleanup()
}, 120_000)

describe(`SchemaSyncWorkflow's history on Temporal, ${testDatabase()}`, () => {
  it('carries only a run id and batch numbers, however long the listing; the staging is dropped when the run ends', async () => {
    expect(inlineListingBytes).toBeGreaterThan(50 * PAYLOAD_LIMIT)
    const activities = createActivities({ payload, registryClient: () => Promise.resolve(onlyThisRun(registry, names.run)) })
    const { worker, connection } = await createSyncWorker({ payload, settings, activities, taskQueue })
    const client = await temporalClient(settings)
    const workflowId = clusterWorkflowId(taskQueue, 'schemaSync', clusterId)
    try {
      const result = (await worker.runUntil(
        client.workflow.execute('schemaSyncWorkflow', { taskQueue, workflowId, args: [{ clusterId, runner: 'temporal' }] }),
      )) as ClusterJobResult
      expect(result).toMatchObject({ outcome: 'succeeded', counts: { subjects: SUBJECTS, changed: SUBJECTS, failedSubjects: 0 } })

      const stored = await storedSchemas(payload, names.run)
      expect([...stored.keys()].sort()).toEqual([...subjects].sort())
      expect([...stored.values()].every((s) => s.status === 'registered')).toBe(true)

      const sizes = await historyPayloadSizes(client, workflowId)
      expect(Math.max(...sizes)).toBeLessThan(PAYLOAD_LIMIT)

      // The staged path: the listing step answers a count, each batch gets its number (250 + 50 subjects).
      const calls = await activityCalls(client, workflowId)
      const listed = calls.find((c) => c.name === 'listRegistrySubjects')
      expect(listed?.result).toMatchObject({ subjects: SUBJECTS })
      const batches = calls.filter((c) => c.name === 'syncSchemaSubjects').map((c) => (c.input as { batch: number }).batch)
      expect(batches.sort()).toEqual([0, 1])

      const runs = await payload.find({ collection: 'sync-runs', where: { cluster: { equals: clusterId } }, depth: 0, overrideAccess: true })
      const staged = await payload.count({ collection: 'sync-staging', where: { run: { equals: runs.docs[0]!.id } }, overrideAccess: true })
      expect(staged.totalDocs).toBe(0)
    } finally {
      await client.connection.close()
      await connection.close()
    }
  })
})
