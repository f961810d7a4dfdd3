import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getSchema, getSchemas, getSchemaSummary, getSchemaVersionDiff, getSchemaVersions } from '@/features/schemas/queries'
import type { User } from '@/payload-types'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { fixtureUsers, seedTenancyFixture, type TenancyFixture, type UserKey } from '@tests/helpers/tenancy-fixture'

let ctx: TestPayload
let payload: Payload
let fixture: TenancyFixture
let evolvingId: number
let users: Record<UserKey, User>

const avro = (fields: object[]) => JSON.stringify({ type: 'record', name: 'Order', fields })

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  fixture = await seedTenancyFixture(payload)
  users = await fixtureUsers(payload, fixture)
  const [clusterA] = [...fixture.owners['kafka-clusters'].keys()]
  const evolving = await payload.create({
    collection: 'kafka-schemas',
    data: {
      subject: 'a-prod-evolving-value',
      cluster: clusterA!,
      workspace: fixture.workspaces.A,
      format: 'protobuf',
      status: 'registered',
      compatibilityLevel: 'BACKWARD',
      versionCount: 2,
      latestVersion: 2,
    },
    overrideAccess: true,
  })
  evolvingId = evolving.id
  const v1 = avro([{ name: 'id', type: 'string' }])
  const v2 = avro([
    { name: 'id', type: 'string' },
    { name: 'amount', type: 'long', default: 0 },
  ])
  for (const [version, content] of [
    [1, v1],
    [2, v2],
  ] as const) {
    await payload.create({
      collection: 'kafka-schema-versions',
      data: { schema: evolvingId, cluster: clusterA!, workspace: fixture.workspaces.A, version, content, format: 'avro', status: 'synced' },
      overrideAccess: true,
    })
  }
})

afterAll(async () => {
  await ctx?.cleanup()
})

const subjects = (result: { docs: { subject: string }[] }) => result.docs.map((d) => d.subject).sort()

describe(`schema queries on ${testDatabase()}`, () => {
  it('lists only the schemas of the member’s workspaces, with database-side filters and counts', async () => {
    const all = await getSchemas(users.memberA, {})
    expect(subjects(all)).toEqual(['a-prod-evolving-value', 'a-prod-orders-value'])
    expect(all.totalDocs).toBe(2)
    expect(subjects(await getSchemas(users.memberAB, {}))).toEqual(['a-prod-evolving-value', 'a-prod-orders-value', 'b-prod-orders-value'])
    expect(subjects(await getSchemas(users.memberAB, { search: 'b-prod' }))).toEqual(['b-prod-orders-value'])
    expect(subjects(await getSchemas(users.memberAB, { format: 'protobuf' }))).toEqual(['a-prod-evolving-value'])
    expect(subjects(await getSchemas(users.memberAB, { environment: 'prod' }))).toEqual(['a-prod-orders-value', 'b-prod-orders-value'])
    expect((await getSchemas(users.outsider, {})).totalDocs).toBe(0)
  })

  it('lets a platform admin see unowned schemas and search another workspace', async () => {
    expect(subjects(await getSchemas(users.admin, { search: 'unowned' }))).toEqual(['unowned-prod-orders-value'])
    expect((await getSchemas(users.memberA, { search: 'unowned' })).totalDocs).toBe(0)
    expect((await getSchemas(users.memberA, { workspace: fixture.workspaces.B })).totalDocs).toBe(0)
  })

  it('sorts and paginates on the server; bad input falls back to defaults', async () => {
    const page = await getSchemas(users.admin, { sort: '-subject', limit: 2, page: 2 })
    expect(page.docs).toHaveLength(2)
    expect(page.totalDocs).toBe(5)
    expect(page.page).toBe(2)
    const fallback = await getSchemas(users.admin, { sort: 'DROP TABLE', limit: 'many', page: -3 })
    expect(fallback.page).toBe(1)
    expect(subjects(fallback)).toHaveLength(5)
  })

  it('returns nothing for another workspace’s schema by id, its versions or a diff', async () => {
    expect(await getSchema(users.memberAB, evolvingId)).not.toBeNull()
    expect(await getSchema(users.outsider, evolvingId)).toBeNull()
    const bOnly = (await getSchemas(users.admin, { search: 'b-prod' })).docs[0]!.id
    expect(await getSchema(users.memberA, bOnly)).toBeNull()
    expect(await getSchemaVersions(users.memberA, bOnly)).toEqual([])
    expect(await getSchemaVersionDiff(users.memberA, bOnly, { left: 1, right: 1 })).toBeNull()
  })

  it('gives each version its changes and diffs any two versions with a verdict', async () => {
    const versions = await getSchemaVersions(users.memberA, evolvingId)
    expect(versions.map((v) => v.version)).toEqual([2, 1])
    expect(versions[0]!.changes?.map((c) => [c.kind, c.path])).toEqual([['field-added', 'Order.amount']])
    expect(versions[1]!.changes).toBeNull()
    const diff = await getSchemaVersionDiff(users.memberA, evolvingId, { left: 1, right: 2 })
    expect(diff?.changes.map((c) => c.kind)).toEqual(['field-added'])
    expect(diff?.verdict).toMatchObject({ compatible: true, level: 'BACKWARD' })
  })

  it('summarises per user', async () => {
    expect(await getSchemaSummary(users.memberA)).toMatchObject({ total: 2, byFormat: { avro: 1, protobuf: 1, json: 0 } })
    expect((await getSchemaSummary(users.admin)).total).toBe(5)
  })
})
