import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClients, tokenFor } from '@tests/helpers/api-clients'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { PASSWORD, seedTenancyFixture, type TenancyFixture } from '@tests/helpers/tenancy-fixture'

let ctx: TestPayload
let payload: Payload
let fixture: TenancyFixture
let clusterId: number

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  fixture = await seedTenancyFixture(payload)
  // A registry nobody listens on: the run fails fast and its error must land on the cluster.
  const cluster = await payload.create({
    collection: 'kafka-clusters',
    data: { name: 'sync-now', bootstrapServers: '127.0.0.1:9', securityProtocol: 'PLAINTEXT', schemaRegistryUrl: 'http://127.0.0.1:9/apis/ccompat/v7' },
    overrideAccess: true,
  })
  clusterId = cluster.id
})
afterAll(async () => {
  await ctx?.cleanup()
})

describe(`"Sync now" endpoint on ${testDatabase()}`, () => {
  it('refuses members and anonymous callers', async () => {
    const member = apiClients(payload, await tokenFor(payload, fixture.users.memberAB.email, PASSWORD))
    expect((await member.rest(`/kafka-clusters/${clusterId}/sync`, { method: 'POST' })).status).toBe(403)
    expect((await apiClients(payload).rest('/kafka-clusters/sync', { method: 'POST' })).status).toBe(403)
  })

  it('rejects unknown jobs and clusters with a clear error', async () => {
    const admin = apiClients(payload, await tokenFor(payload, fixture.users.admin.email, PASSWORD))
    const badJob = await admin.rest(`/kafka-clusters/${clusterId}/sync?job=everything`, { method: 'POST' })
    expect(badJob.status).toBe(400)
    expect(String(badJob.body.error)).toContain('schemaSync')
    expect((await admin.rest('/kafka-clusters/999999/sync', { method: 'POST' })).status).toBe(404)
  })

  it('runs the sync for a platform admin and writes the outcome to the cluster’s sync health', async () => {
    const admin = apiClients(payload, await tokenFor(payload, fixture.users.admin.email, PASSWORD))
    const response = await admin.rest(`/kafka-clusters/${clusterId}/sync?job=schemaSync`, { method: 'POST' })
    expect(response.status).toBe(200)
    expect(response.body.runner).toBe('embedded')
    const [result] = response.body.results as { clusterId: number; outcome: string; error?: string }[]
    // Named, so "sync now" reads "Cluster sync-now: failed", not a bare id.
    expect(result).toMatchObject({ clusterId, clusterName: 'sync-now', outcome: 'failed' })
    expect(result!.error).toMatch(/unreachable/i)
    const cluster = await payload.findByID({ collection: 'kafka-clusters', id: clusterId, overrideAccess: true })
    expect(cluster.syncHealth?.schemaSync?.lastOutcome).toBe('failed')
    expect(cluster.syncHealth?.schemaSync?.lastError).toMatch(/unreachable/i)
    const runs = await payload.find({ collection: 'sync-runs', where: { cluster: { equals: clusterId } }, overrideAccess: true })
    expect(runs.docs[0]).toMatchObject({ job: 'schemaSync', runner: 'manual', outcome: 'failed' })
  })

  it('tests the connection for platform admins only, each step reported with the unreachable hosts named', async () => {
    const member = apiClients(payload, await tokenFor(payload, fixture.users.memberAB.email, PASSWORD))
    expect((await member.rest(`/kafka-clusters/${clusterId}/test-connection`, { method: 'POST' })).status).toBe(403)
    expect((await apiClients(payload).rest(`/kafka-clusters/${clusterId}/test-connection`, { method: 'POST' })).status).toBe(403)
    const admin = apiClients(payload, await tokenFor(payload, fixture.users.admin.email, PASSWORD))
    expect((await admin.rest('/kafka-clusters/999999/test-connection', { method: 'POST' })).status).toBe(404)
    const response = await admin.rest(`/kafka-clusters/${clusterId}/test-connection`, { method: 'POST' })
    expect(response.status).toBe(200)
    const checks = response.body.checks as { step: string; state: string; detail: string }[]
    expect(checks.map((c) => `${c.step}:${c.state}`)).toEqual(['bootstrap:failed', 'sasl:not-configured', 'registry:failed'])
    expect(checks[0]!.detail).toContain('127.0.0.1:9')
    expect(response.body.ok).toBe(false)
  })
})
