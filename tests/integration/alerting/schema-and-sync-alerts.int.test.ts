import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { SyncJob, SyncOutcome } from '@/features/sync-health/lib/jobs'
import { createActivities } from '@/sync/activities'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'

/**
 * Schema and cluster-sync rules through the run activities both runners call (finishSyncRun
 * evaluates after recording the run), with simulated time: an incompatible version fires once
 * after a schema sync and resolves when fixed; a cluster whose lag check keeps failing fires only
 * once it has failed for the rule's minutes, and resolves on the next success.
 */
const run = `alerts-sync-${process.env.ORBIT_TEST_DB ?? 'db'}-${randomBytes(4).toString('hex')}`
const MIN = 60_000

let ctx: TestPayload
let payload: Payload
let clusterId: number
let schemaId: number
let now = Date.parse('2026-12-03T10:00:00Z')

const create = async (collection: string, data: Record<string, unknown>) =>
  (await payload.create({ collection: collection as 'workspaces', data: data as never, overrideAccess: true, depth: 0 })).id
const activities = () => createActivities({ payload, clock: () => now })
async function finishRun(job: SyncJob, outcome: SyncOutcome) {
  const acts = activities()
  const { runId, startedAt } = await acts.startSyncRun({ job, clusterId, runner: 'embedded' })
  await acts.finishSyncRun({ runId, job, startedAt, result: { clusterId, outcome, counts: {}, error: outcome === 'failed' ? 'broker down' : undefined } })
}
const transitions = async (ruleId: number) =>
  (
    await payload.find({ collection: 'alert-events', where: { rule: { equals: ruleId } }, sort: 'at', depth: 0, pagination: false, overrideAccess: true })
  ).docs.map((e) => `${e.fromStatus ?? 'new'}>${e.toStatus}`)

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  clusterId = await create('kafka-clusters', { name: `${run}-cluster`, bootstrapServers: '127.0.0.1:1', securityProtocol: 'PLAINTEXT' })
  const workspace = await create('workspaces', { name: 'Payments', slug: `${run}-payments` })
  schemaId = await create('kafka-schemas', {
    subject: `${run}-orders-value`,
    cluster: clusterId,
    workspace,
    format: 'avro',
    status: 'registered',
    hasIncompatibleVersions: false,
  })
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe(`schema and cluster-sync alerts, ${testDatabase()}`, () => {
  it('an incompatible version fires once after a schema sync and resolves when it is gone', async () => {
    const rule = await create('alert-rules', {
      name: 'Incompatible',
      workspace: (await payload.findByID({ collection: 'kafka-schemas', id: schemaId, depth: 0, overrideAccess: true })).workspace,
      condition: 'schema-incompatible',
      targetKind: 'name-pattern',
      pattern: `${run}-*`,
    })
    await finishRun('schemaSync', 'succeeded')
    await payload.update({ collection: 'kafka-schemas', id: schemaId, data: { hasIncompatibleVersions: true }, overrideAccess: true })
    // A lag check does not look at schemas; the next schema sync does.
    await finishRun('lagCheck', 'succeeded')
    expect(await transitions(rule)).toEqual([])
    now += MIN
    await finishRun('schemaSync', 'succeeded')
    now += MIN
    await finishRun('schemaSync', 'succeeded')
    expect(await transitions(rule)).toEqual(['new>firing'])
    await payload.update({ collection: 'kafka-schemas', id: schemaId, data: { hasIncompatibleVersions: false }, overrideAccess: true })
    now += MIN
    await finishRun('schemaSync', 'partial')
    expect(await transitions(rule)).toEqual(['new>firing', 'firing>resolved'])
  })

  it('a cluster-wide sync rule fires only after the sync has failed for its minutes, and resolves on success', async () => {
    const rule = await create('alert-rules', {
      name: 'Sync failing',
      condition: 'cluster-sync-failing',
      threshold: 5,
      targetKind: 'cluster',
      cluster: clusterId,
    })
    await finishRun('lagCheck', 'failed')
    now += 3 * MIN
    await finishRun('lagCheck', 'failed')
    expect(await transitions(rule)).toEqual([])
    now += 3 * MIN
    await finishRun('topicSync', 'succeeded') // the lag check still failed last
    // The state was kept from the first failure on (to time it), as resolved: it fires from there.
    expect(await transitions(rule)).toEqual(['resolved>firing'])
    const [state] = (await payload.find({ collection: 'alert-states', where: { rule: { equals: rule } }, overrideAccess: true })).docs
    expect(state).toMatchObject({ workspace: null, targetKind: 'cluster', status: 'firing', reason: 'Sync failing for 6 min: lagCheck' })
    now += MIN
    await finishRun('lagCheck', 'succeeded')
    expect(await transitions(rule)).toEqual(['resolved>firing', 'firing>resolved'])
  })
})
