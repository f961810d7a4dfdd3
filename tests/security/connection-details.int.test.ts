import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClients, tokenFor } from '@tests/helpers/api-clients'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { fixtureUsers, PASSWORD, seedTenancyFixture, type TenancyFixture } from '@tests/helpers/tenancy-fixture'

/**
 * Issue 12, item 8: a member read each cluster's registry URL and usernames. Connection details
 * are for platform admins; a member keeps the name, the health and whether a registry exists.
 */
const CONNECTION_FIELDS = [
  'bootstrapServers',
  'securityProtocol',
  'saslMechanism',
  'saslUsername',
  'caCertificate',
  'schemaRegistryUrl',
  'schemaRegistryUsername',
]

let ctx: TestPayload
let payload: Payload
let fixture: TenancyFixture

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  fixture = await seedTenancyFixture(payload)
})
afterAll(async () => {
  await ctx?.cleanup()
})

const present = (doc: Record<string, unknown>) => CONNECTION_FIELDS.filter((field) => field in doc && doc[field] !== undefined)

describe(`cluster connection details on ${testDatabase()}`, () => {
  it('a member reads her clusters’ names and health, none of their connection details (Local API)', async () => {
    const { memberA } = await fixtureUsers(payload, fixture)
    const clusters = await payload.find({ collection: 'kafka-clusters', user: memberA, overrideAccess: false, depth: 0 })
    expect(clusters.docs.map((c) => c.name)).toEqual(['cluster-1'])
    const [doc] = clusters.docs as unknown as Record<string, unknown>[]
    expect(present(doc!)).toEqual([])
    expect(doc).toMatchObject({ name: 'cluster-1', hasSchemaRegistry: true })
    expect(doc).toHaveProperty('syncHealth')
  })

  it('the same through REST', async () => {
    const token = await tokenFor(payload, fixture.users.memberA.email, PASSWORD)
    const { status, body } = await apiClients(payload, token).rest('/kafka-clusters?depth=0')
    expect(status).toBe(200)
    const docs = body.docs as Record<string, unknown>[]
    expect(docs.map((d) => d.name)).toEqual(['cluster-1'])
    expect(present(docs[0]!)).toEqual([])
  })

  it('a platform admin still reads every connection detail', async () => {
    const { admin } = await fixtureUsers(payload, fixture)
    const clusters = await payload.find({ collection: 'kafka-clusters', user: admin, overrideAccess: false, depth: 0, sort: 'name' })
    const first = clusters.docs[0] as unknown as Record<string, unknown>
    expect(present(first)).toEqual(CONNECTION_FIELDS)
    expect(first).toMatchObject({ saslUsername: 'orbit', schemaRegistryUrl: 'http://127.0.0.1:8081', hasSchemaRegistry: true })
  })
})
