import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { decryptSecret } from '@/lib/crypto/secrets'
import { env } from '@/lib/env'
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
  clusterId = [...fixture.owners['kafka-clusters'].keys()][0]!
})

afterAll(async () => {
  await ctx?.cleanup()
})

const SECRET_KEYS = /password|token|encrypted/i

function assertNoSecret(body: unknown, secret: string) {
  const text = JSON.stringify(body)
  expect(text).not.toContain(secret)
  expect(text).not.toContain('enc:v1:')
}

describe(`cluster secrets on ${testDatabase()}`, () => {
  it('are stored encrypted (AES-256-GCM) and decrypt to the original', async () => {
    const raw = await payload.findByID({ collection: 'kafka-clusters', id: clusterId, overrideAccess: true, showHiddenFields: true })
    const stored = (raw as unknown as Record<string, string>).saslPasswordEncrypted
    expect(stored).toMatch(/^enc:v1:/)
    expect(stored).not.toContain(fixture.clusterSecret)
    expect(decryptSecret(stored!, env().ORBIT_SECRET_KEY)).toBe(fixture.clusterSecret)
  })

  it('never appear in Local API reads with access control, even for a platform admin', async () => {
    const user = await payload.findByID({ collection: 'users', id: fixture.users.admin.id, overrideAccess: true })
    const doc = await payload.findByID({ collection: 'kafka-clusters', id: clusterId, user, overrideAccess: false })
    assertNoSecret(doc, fixture.clusterSecret)
    expect(Object.keys(doc).filter((k) => SECRET_KEYS.test(k))).toEqual([])
  })

  it('never appear in REST list, detail or update responses', async () => {
    const { rest } = apiClients(payload, await tokenFor(payload, fixture.users.admin.email, PASSWORD))
    assertNoSecret((await rest('/kafka-clusters?depth=2')).body, fixture.clusterSecret)
    assertNoSecret((await rest(`/kafka-clusters/${clusterId}`)).body, fixture.clusterSecret)
    const patched = await rest(`/kafka-clusters/${clusterId}`, {
      method: 'PATCH',
      body: JSON.stringify({ saslPassword: 'rotated-secret-value' }),
    })
    expect(patched.status).toBe(200)
    assertNoSecret(patched.body, 'rotated-secret-value')
    // Schemas reach clusters through relationships: depth must not leak them either.
    assertNoSecret((await rest('/kafka-schemas?depth=3')).body, 'rotated-secret-value')
  })

  it('keeps the stored value when the write-only input is left empty, and rotates it when given', async () => {
    const read = async () =>
      (await payload.findByID({ collection: 'kafka-clusters', id: clusterId, overrideAccess: true, showHiddenFields: true })) as unknown as Record<
        string,
        string
      >
    const before = (await read()).schemaRegistryPasswordEncrypted
    await payload.update({ collection: 'kafka-clusters', id: clusterId, data: { name: 'cluster-1-renamed' }, overrideAccess: true })
    expect((await read()).schemaRegistryPasswordEncrypted).toBe(before)
    await payload.update({ collection: 'kafka-clusters', id: clusterId, data: { schemaRegistryPassword: 'new' }, overrideAccess: true })
    expect(decryptSecret((await read()).schemaRegistryPasswordEncrypted!, env().ORBIT_SECRET_KEY)).toBe('new')
  })

  it('never appear in GraphQL, even when the hidden column is asked for by name', async () => {
    const { graphql } = apiClients(payload, await tokenFor(payload, fixture.users.admin.email, PASSWORD))
    const ok = await graphql('{ KafkaClusters { docs { id name saslUsername } } }')
    expect(ok.errors).toBeUndefined()
    assertNoSecret(ok, fixture.clusterSecret)
    const hidden = await graphql('{ KafkaClusters { docs { id saslPasswordEncrypted schemaRegistryPasswordEncrypted } } }')
    assertNoSecret(hidden, fixture.clusterSecret)
    const virtual = await graphql('{ KafkaClusters { docs { saslPassword } } }')
    assertNoSecret(virtual, fixture.clusterSecret)
  })
})
