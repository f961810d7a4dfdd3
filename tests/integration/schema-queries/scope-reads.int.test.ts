import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getScopeSyncHealth } from '@/features/kafka-scope/sync-health'
import type { KafkaScope } from '@/features/kafka-scope/types'
import { getVisibleWorkspaces, getWorkspaceApplications } from '@/features/kafka-scope/workspaces'
import { getSchemaFilterOptions } from '@/features/schemas/list-filter-options'
import type { User } from '@/payload-types'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { fixtureUsers, seedTenancyFixture, type TenancyFixture, type UserKey } from '@tests/helpers/tenancy-fixture'

/** The reads behind the Kafka layouts and filter bars go through the access rules like every list. */
let ctx: TestPayload
let payload: Payload
let fixture: TenancyFixture
let users: Record<UserKey, User>
const workspaceScope = (key: 'A' | 'B' | 'C'): KafkaScope => ({
  kind: 'workspace',
  workspace: { id: fixture.workspaces[key], slug: `ws-${key.toLowerCase()}`, name: `Workspace ${key}` },
})

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  fixture = await seedTenancyFixture(payload)
  users = await fixtureUsers(payload, fixture)
  // cluster-1 (A and B) last succeeded an hour ago; its registry sync then failed.
  const cluster1 = [...fixture.owners['kafka-clusters'].entries()].find(([, ws]) => ws?.includes('A'))![0]
  const hourAgo = new Date(Date.now() - 3_600_000).toISOString()
  await payload.update({
    collection: 'kafka-clusters',
    id: cluster1,
    data: {
      syncHealth: { schemaSync: { lastRunAt: new Date().toISOString(), lastSuccessAt: hourAgo, lastOutcome: 'failed', lastError: 'registry unreachable' } },
    },
    overrideAccess: true,
  })
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe(`Kafka scope reads on ${testDatabase()}`, () => {
  it('lists the workspaces a user may see for the switcher', async () => {
    const names = async (key: UserKey) => (await getVisibleWorkspaces(users[key])).docs.map((w) => w.name)
    expect(await names('memberA')).toEqual(['Workspace A'])
    expect(await names('memberAB')).toEqual(['Workspace A', 'Workspace B'])
    expect(await names('outsider')).toEqual([])
    expect(await names('admin')).toEqual(['Workspace A', 'Workspace B', 'Workspace C'])
  })

  it('gives a workspace’s applications with their virtual clusters, and nothing of a workspace the user cannot see', async () => {
    const own = await getWorkspaceApplications(users.memberA, fixture.workspaces.A)
    expect(own.applications.map((a) => [a.name, a.virtualClusters.map((vc) => [vc.name, vc.environment, vc.topicPrefix, vc.clusterName])])).toEqual([
      ['App A', [['vc-a', 'prod', 'a-prod-', 'cluster-1']]],
    ])
    expect(own.unassigned).toEqual([])
    const other = await getWorkspaceApplications(users.memberA, fixture.workspaces.B)
    expect(other).toEqual({ applications: [], unassigned: [] })
    expect((await getWorkspaceApplications(users.outsider, fixture.workspaces.A)).applications).toEqual([])
  })

  it('offers only visible workspaces, applications and environments as filter choices', async () => {
    const all = await getSchemaFilterOptions(users.memberA, { kind: 'all' })
    expect(all.workspaces.map((o) => o.label)).toEqual(['Workspace A'])
    expect(all.applications.map((o) => o.label)).toEqual(['App A'])
    expect(all.environments).toEqual([{ value: 'prod', label: 'prod' }])
    const inB = await getSchemaFilterOptions(users.memberAB, workspaceScope('B'))
    expect(inB).toEqual({ workspaces: [], applications: [{ value: expect.any(String), label: 'App B' }], environments: [{ value: 'prod', label: 'prod' }] })
    expect(await getSchemaFilterOptions(users.memberA, workspaceScope('B'))).toEqual({ workspaces: [], applications: [], environments: [] })
    expect(await getSchemaFilterOptions(users.outsider, { kind: 'all' })).toEqual({ workspaces: [], applications: [], environments: [] })
  })

  it('reports the sync health of the clusters behind the scope only', async () => {
    const forA = await getScopeSyncHealth(users.memberA, workspaceScope('A'), ['schemaSync', 'lagCheck'])
    expect(forA).toHaveLength(1)
    expect(forA[0]!.clusterName).toBe('cluster-1')
    // A member sees the outcome but not the error text (it can name other tenants' subjects).
    expect(forA[0]!.jobs.map((j) => [j.job, j.state, j.error])).toEqual([
      ['schemaSync', 'failed', null],
      ['lagCheck', 'never', null],
    ])
    const forAdmin = await getScopeSyncHealth(users.admin, workspaceScope('A'), ['schemaSync'])
    expect(forAdmin[0]!.jobs.map((j) => [j.job, j.state, j.error])).toEqual([['schemaSync', 'failed', 'registry unreachable']])
    // memberA is only pending in C: C's cluster stays hidden, in C's scope and across workspaces.
    expect(await getScopeSyncHealth(users.memberA, workspaceScope('C'), ['schemaSync'])).toEqual([])
    expect((await getScopeSyncHealth(users.memberA, { kind: 'all' }, ['schemaSync'])).map((c) => c.clusterName)).toEqual(['cluster-1'])
    expect(await getScopeSyncHealth(users.outsider, { kind: 'all' }, ['schemaSync'])).toEqual([])
    expect((await getScopeSyncHealth(users.admin, { kind: 'all' }, ['schemaSync'])).map((c) => c.clusterName)).toEqual(['cluster-1', 'cluster-2', 'cluster-3'])
  })
})
