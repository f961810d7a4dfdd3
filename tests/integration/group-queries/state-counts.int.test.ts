import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getConsumerGroupStateCounts } from '@/features/consumer-groups/queries'
import type { User } from '@/payload-types'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { fixtureUsers, seedTenancyFixture, type UserKey } from '@tests/helpers/tenancy-fixture'

let ctx: TestPayload
let payload: Payload
let users: Record<UserKey, User>

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  const fixture = await seedTenancyFixture(payload)
  users = await fixtureUsers(payload, fixture)
  const states: Record<string, string> = {
    'a-prod-billing': 'Stable',
    'b-prod-billing': 'PreparingRebalance',
    'c-prod-billing': 'Empty',
    'unowned-prod-billing': 'Stable',
  }
  const groups = await payload.find({ collection: 'kafka-consumer-groups', pagination: false, depth: 0, overrideAccess: true })
  for (const g of groups.docs) await payload.update({ collection: 'kafka-consumer-groups', id: g.id, data: { state: states[g.groupId] }, overrideAccess: true })
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe(`consumer-group state counts on ${testDatabase()}`, () => {
  it('counts by state only what the user may see, under the list’s search', async () => {
    expect(await getConsumerGroupStateCounts(users.admin)).toEqual({ stable: 2, empty: 1, rebalancing: 1 })
    expect(await getConsumerGroupStateCounts(users.memberAB)).toEqual({ stable: 1, empty: 0, rebalancing: 1 })
    expect(await getConsumerGroupStateCounts(users.memberA)).toEqual({ stable: 1, empty: 0, rebalancing: 0 })
    expect(await getConsumerGroupStateCounts(users.outsider)).toEqual({ stable: 0, empty: 0, rebalancing: 0 })
    expect(await getConsumerGroupStateCounts(users.admin, { search: 'b-prod' })).toEqual({ stable: 0, empty: 0, rebalancing: 1 })
    // The state filter itself does not narrow the counts (they are the breakdown it chooses from).
    expect(await getConsumerGroupStateCounts(users.admin, { state: 'Empty' })).toEqual({ stable: 2, empty: 1, rebalancing: 1 })
  })
})
