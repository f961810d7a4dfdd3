import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getGroupFilterOptions } from '@/features/consumer-groups/list-filter-options'
import type { KafkaScope } from '@/features/kafka-scope'
import type { User } from '@/payload-types'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { fixtureUsers, seedTenancyFixture, type TenancyFixture, type UserKey } from '@tests/helpers/tenancy-fixture'

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

const labels = (options: { label: string }[]) => options.map((o) => o.label).sort()

describe(`consumer-group filter options on ${testDatabase()}`, () => {
  it('offers a member only what their workspaces hold', async () => {
    const all = await getGroupFilterOptions(users.memberAB, { kind: 'all' })
    expect(all.workspaces).toHaveLength(2)
    expect(labels(all.applications)).toEqual(['App A', 'App B'])
    expect(all.environments).toEqual([{ value: 'prod', label: 'prod' }])
    expect(all.clusters.length).toBeGreaterThan(0)

    const a = await getGroupFilterOptions(users.memberA, { kind: 'all' })
    expect(a.workspaces).toHaveLength(1)
    expect(labels(a.applications)).toEqual(['App A'])

    const none = await getGroupFilterOptions(users.outsider, { kind: 'all' })
    expect(none).toEqual({ workspaces: [], applications: [], environments: [], clusters: [] })
  })

  it('narrows to the scope: no workspace or cluster choice inside a workspace, none inside a virtual cluster', async () => {
    const ws = await payload.findByID({ collection: 'workspaces', id: fixture.workspaces.B, overrideAccess: true })
    const scope: KafkaScope = { kind: 'workspace', workspace: { id: ws.id, slug: ws.slug, name: ws.name } }
    const options = await getGroupFilterOptions(users.memberAB, scope)
    expect(options.workspaces).toEqual([])
    expect(options.clusters).toEqual([])
    expect(labels(options.applications)).toEqual(['App B'])

    const vc: KafkaScope = {
      kind: 'virtualCluster',
      workspace: scope.workspace,
      application: { id: 1, slug: 'app-b', name: 'App B' },
      environment: 'prod',
      virtualCluster: { id: 1, name: 'vc-b' },
    }
    expect(await getGroupFilterOptions(users.memberAB, vc)).toEqual({ workspaces: [], applications: [], environments: [], clusters: [] })
  })
})
