import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createOwnApiKey, getApiKeysView, revokeApiKey } from '@/features/identity/api-keys'
import type { User } from '@/payload-types'
import { apiClients, tokenFor } from '@tests/helpers/api-clients'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { expectedVisibleIds, fixtureUsers, PASSWORD, seedTenancyFixture, type TenancyFixture, type UserKey } from '@tests/helpers/tenancy-fixture'

/**
 * Personal API keys (Payload's, `Authorization: users API-Key <key>`) through Payload's REST and
 * GraphQL handlers: a key is its owner, no more; revoked or deleted means refused at once; the key
 * is never readable; nobody sets one through the API.
 */
let ctx: TestPayload
let payload: Payload
let fixture: TenancyFixture
let users: Record<UserKey, User>

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  fixture = await seedTenancyFixture(payload)
  users = await fixtureUsers(payload, fixture)
})

afterAll(async () => {
  await ctx?.cleanup()
})

const context = () => ({ payload })
const withKey = (key: string) => apiClients(payload, { authorization: `users API-Key ${key}` })
const stored = (id: number) => payload.db.findOne<User>({ collection: 'users', where: { id: { equals: id } } })
/** /api/metrics answers Prometheus text, not JSON: only its status matters here. */
async function metricsStatus(key: string) {
  const { handleEndpoints } = await import('payload')
  const request = new Request('http://localhost/api/metrics', { headers: { Authorization: `users API-Key ${key}` } })
  return (await handleEndpoints({ config: payload.config, request })).status
}
const sorted = (ids: unknown[]) => ids.map(Number).sort((a, b) => a - b)

const SLUGS = ['kafka-consumer-groups', 'kafka-schemas'] as const
const GRAPHQL = { 'kafka-consumer-groups': ['KafkaConsumerGroup', 'KafkaConsumerGroups'], 'kafka-schemas': ['KafkaSchema', 'KafkaSchemas'] } as const

describe(`API keys on ${testDatabase()}`, () => {
  it.each(SLUGS)("a member's key lists and finds by id only her workspace's %s (REST)", async (slug) => {
    const { rest } = withKey(await createOwnApiKey(context(), users.memberA))
    const expected = expectedVisibleIds(fixture, 'memberA', slug)
    const list = await rest(`/${slug}?limit=1000&depth=0`)
    expect(list.status).toBe(200)
    expect(sorted((list.body.docs as { id: number }[]).map((d) => d.id))).toEqual(expected)
    for (const id of fixture.owners[slug].keys()) {
      const one = await rest(`/${slug}/${id}?depth=0`)
      expect(one.status, `${slug}/${id}`).toBe(expected.includes(id) ? 200 : 404)
    }
  })

  it.each(SLUGS)("a member's key lists and finds by id only her workspace's %s (GraphQL)", async (slug) => {
    const { graphql } = withKey(await createOwnApiKey(context(), users.memberA))
    const [singular, plural] = GRAPHQL[slug]
    const expected = expectedVisibleIds(fixture, 'memberA', slug)
    const list = await graphql(`{ ${plural}(limit: 1000) { docs { id } } }`)
    expect(sorted((list.data?.[plural] as { docs: { id: number }[] }).docs.map((d) => d.id))).toEqual(expected)
    const forged = [...fixture.owners[slug].keys()].filter((id) => !expected.includes(id))
    expect(forged.length).toBeGreaterThan(0)
    for (const id of forged) {
      const one = await graphql(`query ($id: Int!) { ${singular}(id: $id) { id } }`, { id })
      expect(one.data?.[singular] ?? null).toBeNull()
    }
  })

  it("a platform admin's key sees every workspace's and the unowned documents", async () => {
    const { rest } = withKey(await createOwnApiKey(context(), users.admin))
    const list = await rest('/kafka-consumer-groups?limit=1000&depth=0')
    expect(sorted((list.body.docs as { id: number }[]).map((d) => d.id))).toEqual(sorted([...fixture.owners['kafka-consumer-groups'].keys()]))
  })

  it("the product's own read endpoint (/api/metrics) takes the key", async () => {
    const key = await createOwnApiKey(context(), users.memberAB)
    expect(await metricsStatus(key)).toBe(200)
  })

  it('a revoked key is refused on the very next request: 403 on REST, nothing on GraphQL, 401 on /api/metrics', async () => {
    const key = await createOwnApiKey(context(), users.memberAB)
    const { rest, graphql } = withKey(key)
    expect((await rest('/kafka-schemas?depth=0')).status).toBe(200)
    expect(await revokeApiKey(context(), users.memberAB, users.memberAB.id)).toEqual({ ok: true })
    expect((await rest('/kafka-schemas?depth=0')).status).toBe(403)
    expect((await graphql('{ KafkaSchemas { docs { id } } }')).data?.KafkaSchemas ?? null).toBeNull()
    expect(await metricsStatus(key)).toBe(401)
  })

  it('replacing a key stops the old one at once', async () => {
    const first = await createOwnApiKey(context(), users.memberAB)
    const second = await createOwnApiKey(context(), users.memberAB)
    expect((await withKey(first).rest('/kafka-schemas?depth=0')).status).toBe(403)
    expect((await withKey(second).rest('/kafka-schemas?depth=0')).status).toBe(200)
  })

  it("a deleted user's key stops working at once", async () => {
    const gone = await payload.create({ collection: 'users', data: { email: 'leaver@orbit.test', password: PASSWORD, role: 'member' }, overrideAccess: true })
    const key = await createOwnApiKey(context(), gone)
    expect((await withKey(key).rest('/users/me')).body.user).toMatchObject({ id: gone.id })
    await payload.delete({ collection: 'users', id: gone.id, overrideAccess: true })
    expect((await withKey(key).rest('/kafka-schemas?depth=0')).status).toBe(403)
  })

  it('a key works for an account that may not sign in with a password (linked to the identity provider)', async () => {
    const linked = await payload.create({
      collection: 'users',
      data: { email: 'sso@orbit.test', password: PASSWORD, role: 'member', identityIssuer: 'https://idp.example', identitySubject: 'sub-1' },
      overrideAccess: true,
    })
    const key = await createOwnApiKey(context(), linked)
    expect((await withKey(key).rest('/users/me')).body.user).toMatchObject({ id: linked.id })
  })

  it('the key, its encryption and its index are in no read response (REST, GraphQL, the admin’s own reads)', async () => {
    const key = await createOwnApiKey(context(), users.memberA)
    const secrets = await stored(users.memberA.id)
    const encrypted = secrets?.apiKey
    const index = secrets?.apiKeyIndex
    expect([typeof encrypted, typeof index]).toEqual(['string', 'string'])
    const adminToken = await tokenFor(payload, fixture.users.admin.email, PASSWORD)
    const responses = [
      await withKey(key).rest('/users/me'),
      await withKey(key).rest(`/users/${users.memberA.id}?depth=0`),
      await withKey(key).rest('/users?depth=0'),
      await withKey(key).graphql(`{ meUser { user { id email apiKey enableAPIKey } } }`),
      await withKey(key).graphql(`{ Users { docs { id apiKey } } }`),
      await apiClients(payload, adminToken).rest('/users?limit=100&depth=0'),
      await apiClients(payload, adminToken).rest(`/users/${users.memberA.id}?depth=0`),
      await apiClients(payload, adminToken).graphql(`{ Users(limit: 100) { docs { id apiKey enableAPIKey } } }`),
    ]
    const text = JSON.stringify(responses)
    expect([text.includes(key), text.includes(encrypted!), text.includes(index!)]).toEqual([false, false, false])
    // The reads answered (the member's own account, by REST and GraphQL): the secrets were left out, not the whole answer.
    expect((responses[1] as { body: Record<string, unknown> }).body.apiKeyCreatedAt).toEqual(secrets?.apiKeyCreatedAt)
    expect(responses[3]).toEqual({ data: { meUser: { user: { id: users.memberA.id, email: fixture.users.memberA.email, apiKey: null, enableAPIKey: null } } } })
  })

  it('last-used is written on use, then at most once a minute', async () => {
    const key = await createOwnApiKey(context(), users.memberAB)
    expect((await stored(users.memberAB.id))?.apiKeyLastUsedAt ?? null).toBeNull()
    const before = Date.now()
    await withKey(key).rest('/kafka-schemas?depth=0')
    const first = (await stored(users.memberAB.id))?.apiKeyLastUsedAt
    expect(Date.parse(first!)).toBeGreaterThanOrEqual(before - 1_000)
    await withKey(key).rest('/kafka-schemas?depth=0')
    await withKey(key).graphql('{ KafkaSchemas { docs { id } } }')
    expect((await stored(users.memberAB.id))?.apiKeyLastUsedAt).toBe(first)
    const twoMinutesAgo = new Date(Date.now() - 120_000).toISOString()
    await payload.db.updateOne({ collection: 'users', id: users.memberAB.id, data: { apiKeyLastUsedAt: twoMinutesAgo } })
    const later = Date.now()
    await withKey(key).rest('/kafka-schemas?depth=0')
    expect(Date.parse((await stored(users.memberAB.id))!.apiKeyLastUsedAt!)).toBeGreaterThanOrEqual(later - 1_000)
  })

  it("a member can neither set her own key through the API nor touch another user's", async () => {
    const token = await tokenFor(payload, fixture.users.memberA.email, PASSWORD)
    const { rest } = apiClients(payload, token)
    const chosen = 'member-chosen-key-0123456789'
    const own = await rest(`/users/${users.memberA.id}`, { method: 'PATCH', body: JSON.stringify({ enableAPIKey: true, apiKey: chosen }) })
    expect(own.status).toBe(200)
    const other = await rest(`/users/${users.memberAB.id}`, { method: 'PATCH', body: JSON.stringify({ enableAPIKey: true, apiKey: `${chosen}-2` }) })
    expect(other.status).toBe(403)
    expect((await withKey(chosen).rest('/kafka-schemas?depth=0')).status).toBe(403)
    expect((await withKey(`${chosen}-2`).rest('/kafka-schemas?depth=0')).status).toBe(403)
  })

  it("not even a platform admin sets a user's key through the API (the key would be chosen by the requester)", async () => {
    const { rest } = apiClients(payload, await tokenFor(payload, fixture.users.admin.email, PASSWORD))
    const chosen = 'admin-chosen-key-0123456789'
    await rest(`/users/${users.outsider.id}`, { method: 'PATCH', body: JSON.stringify({ enableAPIKey: true, apiKey: chosen }) })
    expect((await withKey(chosen).rest('/users/me')).body.user ?? null).toBeNull()
  })

  it("a member cannot revoke another user's key; a platform admin can", async () => {
    const key = await createOwnApiKey(context(), users.memberAB)
    expect(await revokeApiKey(context(), users.memberA, users.memberAB.id)).toEqual({ ok: false, error: 'You may revoke only your own key.' })
    expect((await withKey(key).rest('/kafka-schemas?depth=0')).status).toBe(200)
    expect(await revokeApiKey(context(), users.admin, users.memberAB.id)).toEqual({ ok: true })
    expect((await withKey(key).rest('/kafka-schemas?depth=0')).status).toBe(403)
  })

  it("the account page's data: a member sees her own key only; a platform admin every account's", async () => {
    await createOwnApiKey(context(), users.memberA)
    await createOwnApiKey(context(), users.admin)
    const memberView = await getApiKeysView(context(), users.memberA)
    expect([memberView.own?.userId, memberView.all]).toEqual([users.memberA.id, null])
    const adminView = await getApiKeysView(context(), users.admin)
    const withKeys = await payload.find({ collection: 'users', where: { apiKeyIndex: { exists: true } }, pagination: false, overrideAccess: true })
    const total = await payload.count({ collection: 'users', overrideAccess: true })
    expect(sorted(adminView.all!.keys.map((k) => k.userId))).toEqual(sorted(withKeys.docs.map((d) => d.id)))
    expect(adminView.all!.withoutKey).toBe(total.totalDocs - withKeys.totalDocs)
  })
})
