import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClients, tokenFor } from '@tests/helpers/api-clients'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { PASSWORD, seedTenancyFixture, type TenancyFixture } from '@tests/helpers/tenancy-fixture'

/**
 * A member asked REST for `limit=1000000&depth=3` (6 MB in one answer) or for every row
 * (`pagination=false`); GraphQL's `Access` query answered her 500.
 */
let ctx: TestPayload
let payload: Payload
let fixture: TenancyFixture
let member: string
let admin: string

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  fixture = await seedTenancyFixture(payload)
  member = await tokenFor(payload, fixture.users.memberA.email, PASSWORD)
  admin = await tokenFor(payload, fixture.users.admin.email, PASSWORD)
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe(`read caps and the Access query on ${testDatabase()}`, () => {
  it('a member asking for a million rows gets pages of 200', async () => {
    const { status, body } = await apiClients(payload, member).rest('/workspaces?limit=1000000&depth=3')
    expect(status).toBe(200)
    expect(body.limit).toBe(200)
  })

  it('a member asking for every row (pagination=false or limit=0) gets pages of 200', async () => {
    for (const query of ['pagination=false', 'limit=0']) {
      const { body } = await apiClients(payload, member).rest(`/workspaces?${query}`)
      expect(body.limit, query).toBe(200)
    }
  })

  it('a platform admin gets pages of 1000 at most', async () => {
    const { body } = await apiClients(payload, admin).rest('/workspaces?limit=1000000')
    expect(body.limit).toBe(1000)
  })

  it("GraphQL's Access query answers a member", async () => {
    const result = await apiClients(payload, member).graphql('{ Access { canAccessAdmin users { read { permission } } } }')
    expect(result.errors).toBeUndefined()
    expect(result.data?.Access).toEqual({ canAccessAdmin: false, users: { read: { permission: true } } })
  })
})
