import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClients, tokenFor } from '@tests/helpers/api-clients'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { peers } from '@tests/helpers/peers'
import { PASSWORD, seedTenancyFixture, type TenancyFixture } from '@tests/helpers/tenancy-fixture'

/**
 * "Test connection" on the cluster form's values before saving (POST /api/kafka-clusters/test-connection),
 * against the real Kafka (PLAINTEXT and SASL_PLAINTEXT listeners) and Schema Registry peers.
 */
let ctx: TestPayload
let payload: Payload
let fixture: TenancyFixture
let admin: ReturnType<typeof apiClients>

const WRONG_PASSWORD = 'not-the-orbit-password'
type Check = { step: string; state: string; detail: string }

const post = (client: ReturnType<typeof apiClients>, body: unknown) =>
  client.rest('/kafka-clusters/test-connection', { method: 'POST', body: JSON.stringify(body) })
const states = (body: Record<string, unknown>) => (body.checks as Check[]).map((c) => `${c.step}:${c.state}`)
const detailOf = (body: Record<string, unknown>, step: string) => (body.checks as Check[]).find((c) => c.step === step)!.detail

const sasl = (password: string) => ({
  bootstrapServers: peers.kafkaSaslBootstrap,
  securityProtocol: 'SASL_PLAINTEXT',
  saslMechanism: 'SCRAM-SHA-256',
  saslUsername: peers.kafkaSasl.username,
  saslPassword: password,
  schemaRegistryUrl: peers.schemaRegistryUrl,
})

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  fixture = await seedTenancyFixture(payload)
  admin = apiClients(payload, await tokenFor(payload, fixture.users.admin.email, PASSWORD))
})
afterAll(async () => {
  await ctx?.cleanup()
})

describe(`"Test connection" on unsaved form values on ${testDatabase()}`, () => {
  it('reports each check ok for good PLAINTEXT values and a registry', async () => {
    const response = await post(admin, { bootstrapServers: peers.kafkaBootstrap, securityProtocol: 'PLAINTEXT', schemaRegistryUrl: peers.schemaRegistryUrl })
    expect(response.status).toBe(200)
    expect(states(response.body)).toEqual(['bootstrap:ok', 'sasl:not-configured', 'registry:ok'])
    expect(response.body.ok).toBe(true)
  })

  it('signs in with the typed SASL password and never echoes it', async () => {
    const response = await post(admin, sasl(peers.kafkaSasl.password))
    expect(states(response.body)).toEqual(['bootstrap:ok', 'sasl:ok', 'registry:ok'])
    expect(JSON.stringify(response.body)).not.toContain(peers.kafkaSasl.password)
  })

  it('fails the SASL check with a clear message for a wrong password', async () => {
    const response = await post(admin, sasl(WRONG_PASSWORD))
    expect(response.status).toBe(200)
    expect(states(response.body)).toEqual(['bootstrap:ok', 'sasl:failed', 'registry:ok'])
    expect(detailOf(response.body, 'sasl')).toMatch(/authentication failed/i)
    expect(JSON.stringify(response.body)).not.toContain(WRONG_PASSWORD)
  })

  it('uses the saved cluster’s password for an empty password input', async () => {
    const saved = await payload.create({
      collection: 'kafka-clusters',
      data: { name: 'form-test-saved', ...sasl(peers.kafkaSasl.password) } as never,
      overrideAccess: true,
    })
    const response = await post(admin, { ...sasl(''), clusterId: saved.id })
    expect(states(response.body)).toEqual(['bootstrap:ok', 'sasl:ok', 'registry:ok'])
    expect((await post(admin, { ...sasl(''), clusterId: 999999 })).status).toBe(404)
  })

  it('returns a hostile host name as JSON data in the failed bootstrap check', async () => {
    const hostile = '<img/src=x/onerror=alert(1)>'
    const response = await post(admin, { bootstrapServers: `${hostile}:9092`, securityProtocol: 'PLAINTEXT' })
    expect(response.headers.get('content-type')).toContain('application/json')
    expect(states(response.body)[0]).toBe('bootstrap:failed')
    expect(detailOf(response.body, 'bootstrap')).toContain(hostile)
  })

  it('refuses values that are not a cluster with the field named', async () => {
    const response = await post(admin, { bootstrapServers: 'no-port', securityProtocol: 'PLAINTEXT' })
    expect(response.status).toBe(400)
    expect(String(response.body.error)).toContain('bootstrapServers')
  })

  it('refuses members (403) and anonymous callers', async () => {
    const member = apiClients(payload, await tokenFor(payload, fixture.users.memberA.email, PASSWORD))
    expect((await post(member, sasl(peers.kafkaSasl.password))).status).toBe(403)
    expect((await post(apiClients(payload), sasl(peers.kafkaSasl.password))).status).toBe(403)
  })

  it('answers 429 with Retry-After after 20 tests of one admin in 10 minutes', async () => {
    const email = 'connection-tester@orbit.test'
    await payload.create({ collection: 'users', data: { email, password: PASSWORD, name: 'Tester', role: 'platform-admin' } as never, overrideAccess: true })
    const tester = apiClients(payload, await tokenFor(payload, email, PASSWORD))
    const invalid = { bootstrapServers: 'no-port', securityProtocol: 'PLAINTEXT' }
    for (let i = 0; i < 20; i++) expect((await post(tester, invalid)).status).toBe(400)
    const refused = await post(tester, invalid)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    // Another admin is not affected.
    expect((await post(admin, invalid)).status).toBe(400)
  })
})
