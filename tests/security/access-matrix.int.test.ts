import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { emptyIfForbidden } from '@/lib/forbidden'
import { apiClients, tokenFor } from '@tests/helpers/api-clients'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import {
  expectedVisibleIds,
  PASSWORD,
  seedTenancyFixture,
  type TenancyFixture,
  USERS,
  type UserKey,
  VISIBLE_WORKSPACES,
  WORKSPACE_OWNED,
} from '@tests/helpers/tenancy-fixture'

const SCOPED = [...WORKSPACE_OWNED, 'kafka-clusters', 'workspace-members'] as const
type ScopedSlug = (typeof SCOPED)[number]

/** Payload's GraphQL query names (singular, plural), as its schema exposes them. */
const GRAPHQL: Record<ScopedSlug, [string, string]> = {
  'kafka-applications': ['KafkaApplication', 'KafkaApplications'],
  'kafka-virtual-clusters': ['KafkaVirtualCluster', 'KafkaVirtualClusters'],
  'kafka-topics': ['KafkaTopic', 'KafkaTopics'],
  'kafka-schemas': ['KafkaSchema', 'KafkaSchemas'],
  'kafka-schema-versions': ['KafkaSchemaVersion', 'KafkaSchemaVersions'],
  'kafka-consumer-groups': ['KafkaConsumerGroup', 'KafkaConsumerGroups'],
  'kafka-consumer-group-lag': ['KafkaConsumerGroupLag', 'KafkaConsumerGroupLags'],
  'kafka-consumer-group-lag-history': ['KafkaConsumerGroupLagHistory', 'KafkaConsumerGroupLagHistories'],
  'kafka-consumer-group-events': ['KafkaConsumerGroupEvent', 'KafkaConsumerGroupEvents'],
  'alert-rules': ['AlertRule', 'AlertRules'],
  'alert-states': ['AlertState', 'AlertStates'],
  'alert-events': ['AlertEvent', 'AlertEvents'],
  'kafka-clusters': ['KafkaCluster', 'KafkaClusters'],
  'workspace-members': ['WorkspaceMember', 'WorkspaceMembers'],
  'alert-channels': ['AlertChannel', 'AlertChannels'],
}

let ctx: TestPayload
let payload: Payload
let fixture: TenancyFixture
const tokens = {} as Record<UserKey, string>

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  fixture = await seedTenancyFixture(payload)
  for (const user of USERS) tokens[user] = await tokenFor(payload, fixture.users[user].email, PASSWORD)
})

afterAll(async () => {
  await ctx?.cleanup()
})

const allIds = (slug: ScopedSlug) => [...fixture.owners[slug].keys()]
const sorted = (ids: unknown[]) => ids.map(Number).sort((a, b) => a - b)
const userDoc = (user: UserKey) => payload.findByID({ collection: 'users', id: fixture.users[user].id, overrideAccess: true })

describe(`access matrix on ${testDatabase()}`, () => {
  describe.each(USERS)('%s', (userKey) => {
    it.each(SCOPED)('Local API: %s lists, counts and finds by id only what the user may see', async (slug) => {
      const user = await userDoc(userKey)
      const expected = expectedVisibleIds(fixture, userKey, slug)
      const ids = await emptyIfForbidden(
        payload.find({ collection: slug, user, overrideAccess: false, pagination: false, depth: 0 }).then((list) => list.docs.map((d) => d.id)),
        [],
      )
      expect(sorted(ids)).toEqual(expected)
      const { totalDocs } = await emptyIfForbidden(payload.count({ collection: slug, user, overrideAccess: false }), { totalDocs: 0 })
      expect(totalDocs).toBe(expected.length)
      for (const id of allIds(slug)) {
        const lookup = payload.findByID({ collection: slug, id, user, overrideAccess: false, depth: 0 })
        if (expected.includes(id)) await expect(lookup).resolves.toMatchObject({ id })
        else await expect(lookup).rejects.toThrow()
      }
    })

    it.each(SCOPED)('REST: %s lists, counts and finds by id only what the user may see', async (slug) => {
      const { rest } = apiClients(payload, tokens[userKey])
      const expected = expectedVisibleIds(fixture, userKey, slug)
      // A rule that grants nothing at all (a user in no workspace) answers 403 (Payload's answer to
      // `false`); a rule that grants a filter answers 200 with exactly the matching documents, and
      // 404 for a document outside it. A user's own memberships are always a filter.
      const deniedOutright = VISIBLE_WORKSPACES[userKey].length === 0 && slug !== 'workspace-members'
      const list = await rest(`/${slug}?limit=1000&depth=0`)
      const counted = await rest(`/${slug}/count`)
      if (deniedOutright) {
        expect(list.status, `list of ${slug}`).toBe(403)
        expect(counted.status, `count of ${slug}`).toBe(403)
      } else {
        expect(list.status, `list of ${slug}`).toBe(200)
        expect(sorted((list.body.docs as { id: number }[]).map((d) => d.id))).toEqual(expected)
        expect(list.body.totalDocs).toBe(expected.length)
        expect(counted.status, `count of ${slug}`).toBe(200)
        expect(counted.body.totalDocs).toBe(expected.length)
      }
      for (const id of allIds(slug)) {
        const one = await rest(`/${slug}/${id}?depth=0`)
        const want = expected.includes(id) ? 200 : deniedOutright ? 403 : 404
        expect(one.status, `${slug}/${id}`).toBe(want)
      }
    })

    it.each(SCOPED)('GraphQL: %s lists and finds by id only what the user may see', async (slug) => {
      const { graphql } = apiClients(payload, tokens[userKey])
      const [singular, plural] = GRAPHQL[slug]
      const expected = expectedVisibleIds(fixture, userKey, slug)
      const list = await graphql(`{ ${plural}(limit: 1000) { totalDocs docs { id } } count${plural} { totalDocs } }`)
      const page = list.data?.[plural] as { totalDocs: number; docs: { id: number }[] } | null
      expect(sorted(page?.docs.map((d) => d.id) ?? [])).toEqual(expected)
      expect(page?.totalDocs ?? 0).toBe(expected.length)
      const counted = list.data?.[`count${plural}`] as { totalDocs: number } | null
      expect(counted?.totalDocs ?? 0).toBe(expected.length)
      for (const id of allIds(slug)) {
        const one = await graphql(`query ($id: Int!) { ${singular}(id: $id) { id } }`, { id })
        const found = one.data?.[singular] as { id: number } | null | undefined
        if (expected.includes(id)) expect(found?.id).toBe(id)
        else expect(found ?? null).toBeNull()
      }
    })
  })

  it('users: a member reads only their own account', async () => {
    const user = await userDoc('memberAB')
    const list = await payload.find({ collection: 'users', user, overrideAccess: false, pagination: false })
    expect(list.docs.map((d) => d.id)).toEqual([fixture.users.memberAB.id])
  })

  it('a member cannot promote themselves to platform admin', async () => {
    const user = await userDoc('memberA')
    const updated = await payload.update({
      collection: 'users',
      id: fixture.users.memberA.id,
      data: { role: 'platform-admin' },
      user,
      overrideAccess: false,
    })
    expect(updated.role).toBe('member')
  })

  it.each(WORKSPACE_OWNED)('a member cannot write synced or owned collection %s', async (slug) => {
    const { rest } = apiClients(payload, tokens.memberAB)
    const [id] = expectedVisibleIds(fixture, 'memberAB', slug)
    const patch = await rest(`/${slug}/${id}`, { method: 'PATCH', body: JSON.stringify({}) })
    expect(patch.status).toBe(403)
    const remove = await rest(`/${slug}/${id}`, { method: 'DELETE' })
    expect(remove.status).toBe(403)
  })

  it('anonymous requests get nothing', async () => {
    const { rest, graphql } = apiClients(payload)
    for (const slug of [...SCOPED, 'users', 'workspaces'] as const) {
      const list = await rest(`/${slug}`)
      expect([401, 403]).toContain(list.status)
    }
    const gql = await graphql('{ KafkaSchemas { totalDocs docs { id } } }')
    expect(gql.data?.KafkaSchemas ?? null).toBeNull()
  })
})
