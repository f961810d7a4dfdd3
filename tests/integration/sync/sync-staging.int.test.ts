import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createActivities } from '@/sync/activities'
import { readStaged, stageChunks } from '@/sync/db/staging'
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

const cluster = async (name: string) =>
  (await payload.create({ collection: 'kafka-clusters', data: { name, bootstrapServers: '127.0.0.1:1', securityProtocol: 'PLAINTEXT' }, overrideAccess: true }))
    .id

describe(`a sync run's staging on ${testDatabase()}`, () => {
  it('keeps chunks in order, replaces them on a retried stage, and drops a dead run’s with the next finished run', async () => {
    const acts = createActivities({ payload })
    const [one, other] = [await cluster('staging-one'), await cluster('staging-other')]
    const dead = await acts.startSyncRun({ job: 'schemaSync', clusterId: one, runner: 'temporal' })
    const running = await acts.startSyncRun({ job: 'schemaSync', clusterId: other, runner: 'temporal' })
    await stageChunks(payload, { runId: dead.runId, part: 'p' }, [['stale']])
    await stageChunks(payload, { runId: dead.runId, part: 'p' }, [['a', 'b'], ['c']])
    await stageChunks(payload, { runId: running.runId, part: 'p' }, [['x']])
    expect(await readStaged(payload, { runId: dead.runId, part: 'p' })).toEqual([['a', 'b'], ['c']])
    expect(await readStaged(payload, { runId: dead.runId, part: 'p' }, 1)).toEqual([['c']])

    // The next run of the dead one's job and cluster closes it as abandoned; its finish drops the dead run's chunks.
    const next = await acts.startSyncRun({ job: 'schemaSync', clusterId: one, runner: 'temporal' })
    await acts.finishSyncRun({ runId: next.runId, job: 'schemaSync', startedAt: next.startedAt, result: { clusterId: one, outcome: 'succeeded', counts: {} } })
    expect(await readStaged(payload, { runId: dead.runId, part: 'p' })).toEqual([])
    // A run still going keeps its own.
    expect(await readStaged(payload, { runId: running.runId, part: 'p' })).toEqual([['x']])
  })
})
