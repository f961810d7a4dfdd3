import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { getConsumerGroup, getConsumerGroupLagHistory, getConsumerGroups, getConsumerGroupSummary } from '@/features/consumer-groups/queries'
import type { User } from '@/payload-types'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { fixtureUsers, seedTenancyFixture, type TenancyFixture, type UserKey } from '@tests/helpers/tenancy-fixture'

let ctx: TestPayload
let payload: Payload
let fixture: TenancyFixture
let users: Record<UserKey, User>
const idOf = {} as Record<string, number>

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  fixture = await seedTenancyFixture(payload)
  users = await fixtureUsers(payload, fixture)
  const all = await payload.find({ collection: 'kafka-consumer-groups', pagination: false, depth: 0, overrideAccess: true })
  for (const g of all.docs) idOf[g.groupId] = g.id
  // A lags and warns; every other group is caught up with a real lag of 0.
  await payload.update({
    collection: 'kafka-consumer-groups',
    id: idOf['a-prod-billing']!,
    data: { totalLag: 5, lagStatus: 'warn', lagTrend: 'rising' },
    overrideAccess: true,
  })
})

afterAll(async () => {
  await ctx?.cleanup()
})

const ids = (result: { docs: { groupId: string }[] }) => result.docs.map((d) => d.groupId).sort()

describe(`consumer-group queries on ${testDatabase()}`, () => {
  it('lists only the groups of the user’s workspaces, filtered and counted in the database', async () => {
    expect(ids(await getConsumerGroups(users.memberA, {}))).toEqual(['a-prod-billing'])
    expect(ids(await getConsumerGroups(users.memberAB, {}))).toEqual(['a-prod-billing', 'b-prod-billing'])
    expect((await getConsumerGroups(users.outsider, {})).totalDocs).toBe(0)
    expect((await getConsumerGroups(users.admin, {})).totalDocs).toBe(4)
    expect(ids(await getConsumerGroups(users.memberAB, { hasLag: 'true' }))).toEqual(['a-prod-billing'])
    expect(ids(await getConsumerGroups(users.memberAB, { hasLag: false }))).toEqual(['b-prod-billing'])
    expect(ids(await getConsumerGroups(users.memberAB, { health: 'warn' }))).toEqual(['a-prod-billing'])
    expect(ids(await getConsumerGroups(users.admin, { search: 'unowned' }))).toEqual(['unowned-prod-billing'])
  })

  it('keeps a real lag of 0 as 0; lists carry and filter the stored trend', async () => {
    const [b] = (await getConsumerGroups(users.memberAB, { search: 'b-prod' })).docs
    expect(b!.totalLag).toBe(0)
    expect(b!.lagTrend ?? null).toBeNull()
    expect(ids(await getConsumerGroups(users.memberAB, { trend: 'rising' }))).toEqual(['a-prod-billing'])
    expect((await getConsumerGroups(users.outsider, { trend: 'rising' })).totalDocs).toBe(0)
    expect((await getConsumerGroups(users.memberAB, { trend: 'sideways' })).totalDocs).toBe(2) // unknown value: no filter
  })

  it('reads the listed groups’ lag rows in one batched read, not one per group or per field', async () => {
    const find = vi.spyOn(payload, 'find')
    try {
      const list = await getConsumerGroups(users.admin, {})
      expect(list.docs.filter((g) => g.totalLag === 0 || g.totalLag === 5)).toHaveLength(4)
      const lagReads = find.mock.calls.filter(([args]) => args.collection === 'kafka-consumer-group-lag')
      expect(lagReads).toHaveLength(1)
    } finally {
      find.mockRestore()
    }
  })

  it('sorts by lag on the server', async () => {
    const sorted = await getConsumerGroups(users.admin, { sort: '-totalLag', limit: 1 })
    expect(ids(sorted)).toEqual(['a-prod-billing'])
    expect(sorted.totalPages).toBe(4)
  })

  it('returns nothing for another workspace’s group or its history', async () => {
    expect(await getConsumerGroup(users.memberA, idOf['b-prod-billing']!)).toBeNull()
    expect(await getConsumerGroupLagHistory(users.memberA, idOf['b-prod-billing']!, '1h')).toEqual([])
    expect((await getConsumerGroup(users.memberAB, idOf['b-prod-billing']!))?.groupId).toBe('b-prod-billing')
  })

  it('returns the history of a visible group for a range', async () => {
    const points = await getConsumerGroupLagHistory(users.memberA, idOf['a-prod-billing']!, '1h')
    expect(points).toHaveLength(1)
    expect(points[0]).toMatchObject({ totalLag: 7 })
    expect(await getConsumerGroupLagHistory(users.memberA, idOf['a-prod-billing']!, '7d')).toEqual([])
  })

  it('summarises per user', async () => {
    expect(await getConsumerGroupSummary(users.memberAB)).toEqual({ total: 2, lagging: 1, health: { err: 0, warn: 1 }, inactive: 0 })
    expect((await getConsumerGroupSummary(users.outsider)).total).toBe(0)
  })
})
