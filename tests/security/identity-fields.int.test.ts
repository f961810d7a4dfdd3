import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClients, tokenFor } from '@tests/helpers/api-clients'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'

/**
 * The single-sign-on fields are written by the sign-in only: nobody links an account to another
 * person's subject, marks a membership as the provider's, changes a workspace's group mapping
 * without being platform admin, or reads the stored provider tokens.
 */
const PASSWORD = 'correct-horse-identity'
let ctx: TestPayload
let payload: Payload
let memberToken: string
let adminToken: string
let memberId: number
let workspaceId: number
let membershipId: number

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  await payload.create({ collection: 'users', data: { email: 'admin@orbit.test', password: PASSWORD, role: 'platform-admin' }, overrideAccess: true })
  memberId = (await payload.create({ collection: 'users', data: { email: 'member@orbit.test', password: PASSWORD, role: 'member' }, overrideAccess: true })).id
  workspaceId = (
    await payload.create({
      collection: 'workspaces',
      data: { name: 'Payments', slug: 'payments', identityGroups: { owners: ['/orbit/payments-owners'] } },
      overrideAccess: true,
    })
  ).id
  membershipId = (
    await payload.create({
      collection: 'workspace-members',
      data: { workspace: workspaceId, user: memberId, role: 'member', status: 'active' },
      overrideAccess: true,
    })
  ).id
  await payload.create({
    collection: 'identity-sessions',
    data: {
      user: memberId,
      handleHash: 'hash',
      sid: 'sid-1',
      refreshToken: 'enc:v1:a:b:c',
      idToken: 'enc:v1:a:b:c',
      renewedAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    },
    overrideAccess: true,
  })
  memberToken = await tokenFor(payload, 'member@orbit.test', PASSWORD)
  adminToken = await tokenFor(payload, 'admin@orbit.test', PASSWORD)
})

afterAll(async () => {
  await ctx?.cleanup()
})

const rest = (token: string, path: string, init?: RequestInit) => apiClients(payload, token).rest(path, init)
const patch = (token: string, path: string, body: object) => rest(token, path, { method: 'PATCH', body: JSON.stringify(body) })

describe(`single-sign-on fields on ${testDatabase()}`, () => {
  it('new memberships are manual; nobody but a platform admin sets a source', async () => {
    expect((await payload.findByID({ collection: 'workspace-members', id: membershipId, overrideAccess: true })).source).toBe('manual')
    expect((await patch(memberToken, `/workspace-members/${membershipId}`, { source: 'idp' })).status).toBe(403)
    const created = await rest(memberToken, '/workspace-members', {
      method: 'POST',
      body: JSON.stringify({ workspace: workspaceId, user: memberId, role: 'owner', source: 'idp' }),
    })
    expect(created.status).toBe(403)
    expect((await payload.findByID({ collection: 'workspace-members', id: membershipId, overrideAccess: true })).source).toBe('manual')
  })

  it("a member can neither read nor change a workspace's group mapping", async () => {
    const read = await rest(memberToken, `/workspaces/${workspaceId}`)
    // The member has a membership, so the workspace itself is readable; its mapping is not.
    expect(read.status).toBe(200)
    expect(read.body.identityGroups).toBeUndefined()
    expect((await patch(memberToken, `/workspaces/${workspaceId}`, { identityGroups: { owners: ['/mine'] } })).status).toBe(403)
    const stored = await payload.findByID({ collection: 'workspaces', id: workspaceId, overrideAccess: true })
    expect(stored.identityGroups?.owners).toEqual(['/orbit/payments-owners'])
  })

  it('nobody links an account to a subject through the API, not even a platform admin', async () => {
    for (const token of [memberToken, adminToken]) {
      await patch(token, `/users/${memberId}`, { identityIssuer: 'https://evil.example', identitySubject: 'victim-subject' })
    }
    const stored = await payload.findByID({ collection: 'users', id: memberId, overrideAccess: true })
    expect([stored.identityIssuer ?? null, stored.identitySubject ?? null]).toEqual([null, null])
  })

  it('identity sessions: closed to members; platform admins list them without handle, sid or tokens', async () => {
    expect((await rest(memberToken, '/identity-sessions')).status).toBe(403)
    const listed = await rest(adminToken, '/identity-sessions')
    expect(listed.status).toBe(200)
    const [row] = listed.body.docs as Record<string, unknown>[]
    expect(row).toBeDefined()
    expect(Object.keys(row!).filter((k) => ['handleHash', 'sid', 'refreshToken', 'idToken'].includes(k))).toEqual([])
    const created = await rest(adminToken, '/identity-sessions', {
      method: 'POST',
      body: JSON.stringify({ user: memberId, handleHash: 'x', sid: 'y', renewedAt: new Date().toISOString(), expiresAt: new Date().toISOString() }),
    })
    expect(created.status).toBe(403)
  })

  it('nobody sets an API key through the API (REST create, GraphQL update), not even a platform admin: such keys authenticate nobody', async () => {
    const chosen = { member: 'member-chosen-api-key-000000000000', admin: 'admin-chosen-api-key-0000000000000' }
    const mutation = `mutation ($id: Int!, $key: String!) { updateUser(id: $id, data: { enableAPIKey: true, apiKey: $key }) { id } }`
    await apiClients(payload, memberToken).graphql(mutation, { id: memberId, key: chosen.member })
    await rest(adminToken, '/users', {
      method: 'POST',
      body: JSON.stringify({ email: 'keyed@orbit.test', password: PASSWORD, role: 'member', enableAPIKey: true, apiKey: chosen.admin }),
    })
    for (const key of Object.values(chosen)) {
      const me = await apiClients(payload, { authorization: `users API-Key ${key}` }).rest('/users/me')
      expect(me.body.user ?? null).toBeNull()
    }
    const keyed = await payload.find({ collection: 'users', where: { apiKeyIndex: { exists: true } }, overrideAccess: true })
    expect(keyed.totalDocs).toBe(0)
  })
})
