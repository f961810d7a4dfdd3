import type { CollectionSlug, Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { apiClients, tokenFor } from '@tests/helpers/api-clients'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { fixtureUsers, PASSWORD, seedTenancyFixture, type TenancyFixture, type UserKey } from '@tests/helpers/tenancy-fixture'

/**
 * Attacks on Payload's document locks (`payload-locked-documents`): a lock makes everyone else's
 * REST PATCH and DELETE of its document answer 423, so whoever may write locks may block the
 * platform admin. Only the admin panel's editing sessions may hold locks.
 */
const LOCKS = 'payload-locked-documents'
/** Payload's Forbidden message: a refusal by the rules, not a malformed request. */
const FORBIDDEN = 'You are not allowed to perform this action.'

let ctx: TestPayload
let payload: Payload
let fixture: TenancyFixture
let users: Record<UserKey | 'admin2', User>
const tokens = {} as Record<UserKey | 'admin2', string>

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  fixture = await seedTenancyFixture(payload)
  const admin2 = await payload.create({
    collection: 'users',
    data: { email: 'admin2@orbit.test', password: PASSWORD, name: 'admin2', role: 'platform-admin' },
    overrideAccess: true,
  })
  users = { ...(await fixtureUsers(payload, fixture)), admin2 }
  for (const key of Object.keys(users) as (keyof typeof users)[]) tokens[key] = await tokenFor(payload, users[key].email, PASSWORD)
})

afterEach(async () => {
  await payload.delete({ collection: LOCKS, where: { id: { exists: true } }, overrideAccess: true })
})

afterAll(async () => {
  await ctx?.cleanup()
})

type Target = { relationTo: CollectionSlug; value: number }
const lock = (document: Target, user: number) => ({ document, user: { relationTo: 'users', value: user } })
const rest = (user: keyof typeof tokens) => apiClients(payload, tokens[user]).rest
const post = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) })
const patch = (body: unknown) => ({ method: 'PATCH', body: JSON.stringify(body) })

/** memberA's targets: a cluster she cannot read, her own membership, her own account, and a workspace she reads. */
const MEMBER_TARGETS = ['a cluster she cannot read', 'her own membership', 'her own account', 'her workspace'] as const

function memberTargets(): Record<(typeof MEMBER_TARGETS)[number], Target> {
  const hiddenCluster = [...fixture.owners['kafka-clusters']].find(([, backs]) => backs?.[0] === 'C')![0]
  const ownMembership = [...fixture.membershipUsers].find(([, user]) => user === 'memberA')![0]
  return {
    'a cluster she cannot read': { relationTo: 'kafka-clusters', value: hiddenCluster },
    'her own membership': { relationTo: 'workspace-members', value: ownMembership },
    'her own account': { relationTo: 'users', value: fixture.users.memberA.id },
    'her workspace': { relationTo: 'workspaces', value: fixture.workspaces.A },
  }
}

async function storedLocks() {
  return (await payload.find({ collection: LOCKS, overrideAccess: true, depth: 0, pagination: false })).docs
}

async function adminLock(document: Target) {
  return payload.create({ collection: LOCKS, data: lock(document, fixture.users.admin.id) as never, overrideAccess: true })
}

describe(`document locks on ${testDatabase()}`, () => {
  describe.each(MEMBER_TARGETS)('a member cannot lock %s', (name) => {
    const target = () => memberTargets()[name]

    it('through REST, as herself or forging the admin', async () => {
      for (const user of [fixture.users.memberA.id, fixture.users.admin.id]) {
        const created = await rest('memberA')(`/${LOCKS}`, post(lock(target(), user)))
        expect(created.status, `lock as user ${user}`).toBe(403)
      }
      expect(await storedLocks()).toEqual([])
    })

    it('through GraphQL', async () => {
      const { graphql } = apiClients(payload, tokens.memberA)
      const created = await graphql(
        `
          mutation ($value: JSON!, $relationTo: PayloadLockedDocument_DocumentRelationshipInputRelationTo!, $user: JSON!) {
            createPayloadLockedDocument(data: { document: { relationTo: $relationTo, value: $value }, user: { relationTo: users, value: $user } }) {
              id
            }
          }
        `,
        { relationTo: target().relationTo.replaceAll('-', '_'), value: target().value, user: fixture.users.memberA.id },
      )
      expect(created.data?.createPayloadLockedDocument ?? null).toBeNull()
      expect(created.errors?.map((e) => e.message)).toEqual([FORBIDDEN])
      expect(await storedLocks()).toEqual([])
    })

    it('through the Local API with access control', async () => {
      const attempt = payload.create({
        collection: LOCKS,
        data: lock(target(), fixture.users.memberA.id) as never,
        user: users.memberA,
        overrideAccess: false,
      })
      await expect(attempt).rejects.toThrow()
      expect(await storedLocks()).toEqual([])
    })
  })

  it("a member reads none of the admin's locks (REST, GraphQL, Local API)", async () => {
    const held = await adminLock({ relationTo: 'kafka-clusters', value: memberTargets()['a cluster she cannot read'].value })
    const list = await rest('memberA')(`/${LOCKS}?depth=0`)
    expect(list.status === 403 || (list.body.docs as unknown[]).length === 0, `list answered ${list.status}`).toBe(true)
    expect((await rest('memberA')(`/${LOCKS}/${held.id}`)).status).not.toBe(200)
    const { graphql } = apiClients(payload, tokens.memberA)
    const gql = await graphql('{ PayloadLockedDocuments { docs { id } } }')
    expect((gql.data?.PayloadLockedDocuments as { docs: unknown[] } | null)?.docs ?? []).toEqual([])
    const local = await payload
      .find({ collection: LOCKS, user: users.memberA, overrideAccess: false })
      .then((found) => found.docs)
      .catch(() => [])
    expect(local).toEqual([])
  })

  it("a member can neither delete nor renew the admin's locks", async () => {
    const held = await adminLock({ relationTo: 'workspaces', value: fixture.workspaces.B })
    const before = await storedLocks()
    await rest('memberA')(`/${LOCKS}/${held.id}`, { method: 'DELETE' })
    await rest('memberA')(`/${LOCKS}?where[id][exists]=true`, { method: 'DELETE' })
    await rest('memberA')(`/${LOCKS}/${held.id}`, patch({ user: { relationTo: 'users', value: fixture.users.memberA.id } }))
    await rest('memberA')(`/${LOCKS}?where[id][exists]=true`, patch({}))
    const { graphql } = apiClients(payload, tokens.memberA)
    await graphql(`mutation { deletePayloadLockedDocument(id: ${held.id}) { id } }`)
    expect(await storedLocks()).toEqual(before)
  })

  it('a member reads and releases her own lock, but cannot renew it or move it to another document', async () => {
    const own = await payload.create({
      collection: LOCKS,
      data: lock(memberTargets()['her own account'], fixture.users.memberA.id) as never,
      overrideAccess: true,
    })
    const list = await rest('memberA')(`/${LOCKS}?depth=0`)
    expect((list.body.docs as { id: number }[]).map((d) => d.id)).toEqual([own.id])
    expect((await rest('memberA')(`/${LOCKS}/${own.id}`, patch({}))).status).toBe(403)
    const moved = await rest('memberA')(`/${LOCKS}/${own.id}`, patch({ document: memberTargets()['her own membership'] }))
    expect(moved.status).toBe(403)
    expect((await rest('memberA')(`/${LOCKS}/${own.id}`, { method: 'DELETE' })).status).toBe(200)
    expect(await storedLocks()).toEqual([])
  })

  it("the admin panel's lock flows still work for platform admins", async () => {
    const workspace: Target = { relationTo: 'workspaces', value: fixture.workspaces.A }
    const created = await rest('admin2')(`/${LOCKS}`, post(lock(workspace, users.admin2.id)))
    expect(created.status).toBe(201)
    const id = (created.body.doc as { id: number }).id
    // Another admin's edit is blocked while the lock lasts: the feature is kept on purpose.
    expect((await rest('admin')(`/workspaces/${workspace.value}`, patch({}))).status).toBe(423)
    // The panel reads other admins' locks and takes a document over by naming itself.
    expect((await rest('admin')(`/${LOCKS}/${id}`)).status).toBe(200)
    const takeOver = await rest('admin')(`/${LOCKS}/${id}`, patch({ user: { relationTo: 'users', value: fixture.users.admin.id } }))
    expect(takeOver.status).toBe(200)
    expect((await rest('admin')(`/workspaces/${workspace.value}`, patch({}))).status).toBe(200)
  })

  it('a platform admin cannot lock in another user’s name, nor lock a document that does not exist', async () => {
    const workspace: Target = { relationTo: 'workspaces', value: fixture.workspaces.A }
    expect((await rest('admin')(`/${LOCKS}`, post(lock(workspace, fixture.users.memberA.id)))).status).toBe(403)
    expect((await rest('admin')(`/${LOCKS}`, post(lock({ relationTo: 'workspaces', value: 999_999 }, fixture.users.admin.id)))).status).toBe(403)
    expect((await rest('admin')(`/${LOCKS}`, post({ globalSlug: 'anything', user: { relationTo: 'users', value: fixture.users.admin.id } }))).status).toBe(403)
    expect(await storedLocks()).toEqual([])
  })

  // Last: it removes memberA's membership. The admin's answers come first: on the open rules they were 423.
  it('the 423 lockout fails: a member cannot lock her membership, the admin removes it', async () => {
    const { 'her own membership': membership, 'her own account': account } = memberTargets()
    for (const target of [membership, account]) {
      const attempt = await rest('memberA')(`/${LOCKS}`, post(lock(target, fixture.users.memberA.id)))
      const updated = await rest('admin')(`/${target.relationTo}/${target.value}`, patch({}))
      expect(updated.status, `admin PATCH of ${target.relationTo}`).toBe(200)
      expect(attempt.status).toBe(403)
    }
    const removed = await rest('admin')(`/workspace-members/${membership.value}`, { method: 'DELETE' })
    expect(removed.status).toBe(200)
  })
})
