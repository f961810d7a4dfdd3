import type { Payload, RequestContext } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { newRequestContext } from '@/access/request-cache'
import type { User } from '@/payload-types'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { fixtureUsers, seedTenancyFixture, type TenancyFixture } from '@tests/helpers/tenancy-fixture'

let ctx: TestPayload
let payload: Payload
let fixture: TenancyFixture
let memberA: User
let memberAB: User

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  fixture = await seedTenancyFixture(payload)
  const users = await fixtureUsers(payload, fixture)
  memberA = users.memberA
  memberAB = users.memberAB
})

afterAll(async () => {
  await ctx?.cleanup()
})

/** How many times the access rules looked up memberships and virtual clusters during `run`. */
async function lookUps(run: () => Promise<unknown>) {
  const find = vi.spyOn(payload, 'find')
  try {
    await run()
    const calls = find.mock.calls.map(([options]) => options)
    return {
      memberships: calls.filter((o) => o.collection === 'workspace-members').length,
      // The cluster rule's look-up (populating a group's virtual cluster reads that collection too).
      virtualClusters: calls.filter((o) => o.collection === 'kafka-virtual-clusters' && o.overrideAccess === true && o.where && 'workspace' in o.where).length,
    }
  } finally {
    find.mockRestore()
  }
}

const readsAs = (user: User, context: RequestContext) =>
  Promise.all([
    payload.find({ collection: 'kafka-consumer-groups', depth: 1, user, overrideAccess: false, context }),
    payload.count({ collection: 'kafka-schemas', user, overrideAccess: false, context }),
    payload.find({ collection: 'kafka-clusters', depth: 0, user, overrideAccess: false, context }),
  ])

describe(`access look-ups shared through one request context on ${testDatabase()}`, () => {
  it('a page’s parallel reads look up the member’s workspaces and clusters once', async () => {
    const context = newRequestContext()
    const shared = await lookUps(() => readsAs(memberA, context))
    expect(shared.memberships).toBe(1)
    expect(shared.virtualClusters).toBe(1)
    const separate = await lookUps(() => Promise.all([readsAs(memberA, newRequestContext()), readsAs(memberA, newRequestContext())]))
    expect(separate.memberships).toBeGreaterThanOrEqual(2)
  })

  it('another user on the same context is never served the first user’s workspaces', async () => {
    const context = newRequestContext()
    const [groupsA] = await readsAs(memberA, context)
    const [groupsAB] = await readsAs(memberAB, context)
    const workspaces = (docs: { workspace?: unknown }[]) => new Set(docs.map((d) => (d.workspace as { id: number } | null)?.id))
    expect(workspaces(groupsA.docs)).toEqual(new Set([fixture.workspaces.A]))
    expect(workspaces(groupsAB.docs)).toEqual(new Set([fixture.workspaces.A, fixture.workspaces.B]))
  })
})
