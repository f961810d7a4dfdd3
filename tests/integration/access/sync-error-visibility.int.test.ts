import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestPayload } from '@tests/helpers/payload'
import { seedTenancyFixture, type TenancyFixture } from '@tests/helpers/tenancy-fixture'

let ctx: TestPayload
let payload: Payload
let fixture: TenancyFixture
let clusterId: number

const ERROR = 'version 1 of subject other-tenant-orders-value: 404 Not Found'

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  fixture = await seedTenancyFixture(payload)
  const cluster = await payload.find({ collection: 'kafka-clusters', where: { name: { equals: 'cluster-1' } }, depth: 0, overrideAccess: true })
  clusterId = cluster.docs[0]!.id
  await payload.update({
    collection: 'kafka-clusters',
    id: clusterId,
    data: { syncHealth: { schemaSync: { lastOutcome: 'partial', lastRunAt: new Date().toISOString(), lastError: ERROR } } },
    overrideAccess: true,
  })
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('sync error texts', () => {
  async function readAs(key: 'admin' | 'memberA') {
    const user = await payload.findByID({ collection: 'users', id: fixture.users[key].id, overrideAccess: true })
    return payload.findByID({ collection: 'kafka-clusters', id: clusterId, user, overrideAccess: false })
  }

  it('are read by platform admins', async () => {
    expect((await readAs('admin')).syncHealth?.schemaSync?.lastError).toBe(ERROR)
  })

  it('are hidden from members, who still see the outcome (the text names other tenants’ subjects)', async () => {
    const cluster = await readAs('memberA')
    expect(cluster.syncHealth?.schemaSync?.lastOutcome).toBe('partial')
    expect(cluster.syncHealth?.schemaSync?.lastError ?? null).toBeNull()
    expect(JSON.stringify(cluster)).not.toContain('other-tenant')
  })
})
