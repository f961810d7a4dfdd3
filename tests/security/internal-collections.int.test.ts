import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { apiClients, tokenFor } from '@tests/helpers/api-clients'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { fixtureUsers, PASSWORD, seedTenancyFixture, type TenancyFixture, type UserKey, USERS } from '@tests/helpers/tenancy-fixture'

/**
 * The collections Payload adds on its own (preferences, migrations, locks; jobs when a queue is
 * configured; the key-value store, which Payload closes to every request) get rules like ours: platform admins, or the requester's own rows. Document locks
 * have their own attack file (document-locks.int.test.ts).
 */
const PREFERENCES = 'payload-preferences'
const MIGRATIONS = 'payload-migrations'
const OPERATIONS = ['create', 'read', 'update', 'delete'] as const

/**
 * What a member's request is granted on each internal collection, with no document in view:
 * never everything, except creating a preference (Payload forces its `user` to the requester).
 * A Payload-internal collection missing here fails the suite until it is given rules.
 */
const MEMBER_GRANTS: Record<string, Partial<Record<(typeof OPERATIONS)[number], 'all'>>> = {
  'payload-locked-documents': {},
  'payload-preferences': { create: 'all' },
  'payload-migrations': {},
  'payload-jobs': {},
  'payload-kv': {},
}

let ctx: TestPayload
let payload: Payload
let fixture: TenancyFixture
let users: Record<UserKey, User>
const tokens = {} as Record<UserKey, string>

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  fixture = await seedTenancyFixture(payload)
  users = await fixtureUsers(payload, fixture)
  for (const user of USERS) tokens[user] = await tokenFor(payload, fixture.users[user].email, PASSWORD)
})

afterAll(async () => {
  await ctx?.cleanup()
})

const rest = (user: UserKey) => apiClients(payload, tokens[user]).rest
const savePreference = (user: UserKey, key: string, value: unknown) => rest(user)(`/${PREFERENCES}/${key}`, { method: 'POST', body: JSON.stringify({ value }) })
const preferenceOwners = async () =>
  (await payload.find({ collection: PREFERENCES, overrideAccess: true, depth: 0, pagination: false })).docs.map((p) => [p.key, p.user.value])

describe(`Payload's internal collections on ${testDatabase()}`, () => {
  it('every one has rules: a member is granted no operation on all rows', async () => {
    const internal = payload.config.collections.map((c) => c.slug).filter((slug) => slug.startsWith('payload-'))
    expect(
      internal.filter((slug) => !(slug in MEMBER_GRANTS)),
      'internal collections without rules',
    ).toEqual([])
    const req = await createLocalReq({ user: users.memberA }, payload)
    for (const slug of internal) {
      const access = payload.collections[slug].config.access
      for (const operation of OPERATIONS) {
        const granted = await access[operation]?.({ req })
        expect(granted === true ? 'all' : undefined, `${slug} ${operation}`).toBe(MEMBER_GRANTS[slug]?.[operation])
      }
    }
  })

  describe('preferences', () => {
    it("a member keeps her own and reads, changes or deletes no one else's (REST, GraphQL, Local API)", async () => {
      expect((await savePreference('admin', 'nav', { open: ['Access'] })).status).toBe(200)
      expect((await savePreference('memberA', 'nav', { open: ['Kafka'] })).status).toBe(200)
      const [adminPreference] = (
        await payload.find({ collection: PREFERENCES, where: { 'user.value': { equals: fixture.users.admin.id } }, overrideAccess: true })
      ).docs
      const before = await preferenceOwners()

      const mine = await rest('memberA')(`/${PREFERENCES}/nav`)
      expect(mine.body.value).toEqual({ open: ['Kafka'] })
      const list = await rest('memberA')(`/${PREFERENCES}?depth=0`)
      expect((list.body.docs as { user: { value: number } }[]).map((p) => p.user.value)).toEqual([fixture.users.memberA.id])
      // GET /payload-preferences/:key is the requester's own preference by key, so ask by id.
      const byId = await rest('memberA')(`/${PREFERENCES}?where[id][equals]=${adminPreference!.id}`)
      expect(byId.status === 403 || (byId.body.docs as unknown[]).length === 0, `by id answered ${byId.status}`).toBe(true)
      const { graphql } = apiClients(payload, tokens.memberA)
      const gql = await graphql('{ PayloadPreferences { docs { user { value { ... on User { id } } } } } }')
      expect(gql.data?.PayloadPreferences).toEqual({ docs: [{ user: { value: { id: fixture.users.memberA.id } } }] })
      const local = await payload.find({ collection: PREFERENCES, user: users.memberA, overrideAccess: false, depth: 0 })
      expect(local.docs.map((p) => p.user.value)).toEqual([fixture.users.memberA.id])

      await rest('memberA')(`/${PREFERENCES}/${adminPreference!.id}`, { method: 'PATCH', body: JSON.stringify({ value: 'x' }) })
      await rest('memberA')(`/${PREFERENCES}/${adminPreference!.id}`, { method: 'DELETE' })
      await rest('memberA')(`/${PREFERENCES}?where[key][equals]=nav`, { method: 'DELETE' })
      await savePreference('memberAB', 'nav', 'x')
      const after = await preferenceOwners()
      expect(after.filter(([, user]) => user !== fixture.users.memberAB.id && user !== fixture.users.memberA.id)).toEqual(
        before.filter(([, user]) => user !== fixture.users.memberA.id),
      )
      const adminValue = await payload.findByID({ collection: PREFERENCES, id: adminPreference!.id, overrideAccess: true })
      expect(adminValue.value).toEqual({ open: ['Access'] })
    })

    it("a preference created in another user's name is stored as the requester's", async () => {
      const created = await rest('memberAB')(`/${PREFERENCES}`, {
        method: 'POST',
        body: JSON.stringify({ key: 'forged', value: 1, user: { relationTo: 'users', value: fixture.users.admin.id } }),
      })
      const stored = await payload.find({ collection: PREFERENCES, where: { key: { equals: 'forged' } }, overrideAccess: true, depth: 0 })
      expect(
        stored.docs.map((p) => p.user.value),
        `create answered ${created.status}`,
      ).toEqual(created.status === 201 ? [fixture.users.memberAB.id] : [])
    })
  })

  describe('migrations', () => {
    it('only platform admins read or write the migration log (Local API, REST)', async () => {
      const all = await payload.find({ collection: MIGRATIONS, overrideAccess: true, pagination: false })
      expect(all.docs.length).toBeGreaterThan(0)
      const asAdmin = await payload.find({ collection: MIGRATIONS, user: users.admin, overrideAccess: false, pagination: false })
      expect(asAdmin.docs.length).toBe(all.docs.length)
      for (const user of ['memberA', 'outsider'] as const) {
        const asMember = { user: users[user], overrideAccess: false }
        await expect(payload.find({ collection: MIGRATIONS, ...asMember }), `${user} reads`).rejects.toThrow()
        await expect(payload.create({ collection: MIGRATIONS, data: { name: 'forged', batch: 99 }, ...asMember })).rejects.toThrow()
        await expect(payload.delete({ collection: MIGRATIONS, where: { id: { exists: true } }, ...asMember })).rejects.toThrow()
        expect((await rest(user)(`/${MIGRATIONS}`)).status, `${user} REST`).not.toBe(200)
      }
      expect((await payload.count({ collection: MIGRATIONS, overrideAccess: true })).totalDocs).toBe(all.docs.length)
    })
  })

  describe('what members may still do', () => {
    it('read and update their own account, and read and write their own preferences', async () => {
      const me = await rest('memberAB')('/users/me')
      expect((me.body.user as { id: number }).id).toBe(fixture.users.memberAB.id)
      const renamed = await rest('memberAB')(`/users/${fixture.users.memberAB.id}`, { method: 'PATCH', body: JSON.stringify({ name: 'AB' }) })
      expect(renamed.status).toBe(200)
      expect((await savePreference('memberAB', 'theme', 'dark')).status).toBe(200)
      expect((await rest('memberAB')(`/${PREFERENCES}/theme`)).body.value).toBe('dark')
      expect((await rest('memberAB')(`/${PREFERENCES}/theme`, { method: 'DELETE' })).status).toBe(200)
    })
  })
})
