import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSchemaRegistryClient, type SchemaRegistryClient } from '@/integrations/schema-registry'
import { getSchemas, getSchemaSummary, getSchemaVersionDiff, getSchemaVersions } from '@/features/schemas/queries'
import { getSchemaDependents, referenceLinks } from '@/features/schemas/reference-queries'
import type { User } from '@/payload-types'
import { createActivities } from '@/sync/activities'
import { runSchemaSync } from '@/sync/workflows/schema-sync'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { peers } from '@tests/helpers/peers'
import { onlyThisRun, scenarioNames, seedClusterForScenario, storedSchemas, storedVersions } from '@tests/helpers/registry-scenario'

// Invoice -> Money -> Currency, registered in the registry peer under unique subjects. Money v2
// retypes `cents` (long -> string); Invoice v2 moves to Money v2: it breaks through the reference.
const names = scenarioNames()
const { run, prefix } = names
const currency = `${prefix}currency-value`
const money = `${prefix}money-value`
const invoices = `${prefix}invoices-value`

const record = (name: string, fields: object[]) => JSON.stringify({ type: 'record', name, namespace: 'com.acme', fields })
const moneyFields = (cents: string) => [
  { name: 'cents', type: cents },
  { name: 'currency', type: 'com.acme.Currency' },
]

let ctx: TestPayload
let payload: Payload
let registry: SchemaRegistryClient
let clusterId: number
let member: User
let outsider: User

async function registerReferences() {
  const currencyRef = [{ name: 'com.acme.Currency', subject: currency, version: 1 }]
  const moneyRef = (version: number) => [{ name: 'com.acme.Money', subject: money, version }]
  for (const subject of [currency, money, invoices]) await registry.setSubjectCompatibility(subject, 'NONE')
  await registry.registerSchema(currency, { schema: JSON.stringify({ type: 'enum', name: 'Currency', namespace: 'com.acme', symbols: ['EUR', 'USD'] }) })
  await registry.registerSchema(money, { schema: record('Money', moneyFields('long')), references: currencyRef })
  await registry.registerSchema(money, { schema: record('Money', moneyFields('string')), references: currencyRef })
  await registry.registerSchema(invoices, { schema: record('Invoice', [{ name: 'total', type: 'com.acme.Money' }]), references: moneyRef(1) })
  await registry.registerSchema(invoices, {
    schema: record('Invoice', [
      { name: 'total', type: 'com.acme.Money' },
      { name: 'note', type: ['null', 'string'], default: null },
    ]),
    references: moneyRef(2),
  })
  for (const subject of [currency, money, invoices]) await registry.setSubjectCompatibility(subject, 'BACKWARD')
}

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  registry = createSchemaRegistryClient({ baseUrl: peers.schemaRegistryUrl })
  const seeded = await seedClusterForScenario(payload, names)
  clusterId = seeded.clusterId
  const user = (email: string) =>
    payload.create({ collection: 'users', data: { email, password: 'correct-horse-battery', name: email, role: 'member' }, overrideAccess: true })
  member = await user(`member-${run}@orbit.test`)
  outsider = await user(`outsider-${run}@orbit.test`)
  await payload.create({
    collection: 'workspace-members',
    data: { user: member.id, workspace: seeded.workspaceId, status: 'active', role: 'member' },
    overrideAccess: true,
  })
  await registerReferences()
  await runSchemaSync(createActivities({ payload, registryClient: () => Promise.resolve(onlyThisRun(registry, run)) }), { clusterId, runner: 'embedded' })
})

afterAll(async () => {
  await ctx?.cleanup()
})

const schemaId = async (subject: string) => (await storedSchemas(payload, run)).get(subject)!.id

describe(`schema references, synced from the registry peer, on ${testDatabase()}`, () => {
  it('judges a version through its references, resolved two levels deep at the referenced versions', async () => {
    const versions = await storedVersions(payload, await schemaId(invoices))
    expect(versions.map((v) => [v.version, v.status, v.isCompatible])).toEqual([
      [1, 'synced', true],
      [2, 'synced', false],
    ])
    expect(versions[1]!.compatibilityReasons).toEqual([
      'the new schema cannot read data written with v1: Invoice.total.cents: long cannot be read as string (TYPE_MISMATCH)',
    ])
    const schemas = await storedSchemas(payload, run)
    expect([currency, money, invoices].map((s) => [schemas.get(s)!.latestCompatible, schemas.get(s)!.hasIncompatibleVersions])).toEqual([
      [true, false],
      [false, true],
      [false, true],
    ])
  })

  it('computes the page diff and verdict with each side at its referenced version', async () => {
    const id = await schemaId(invoices)
    const [latest] = await getSchemaVersions(member, id)
    expect(latest!.changes?.map((c) => `${c.kind} ${c.path} ${c.rule}`)).toEqual([
      'field-added Invoice.note FIELD_ADDED',
      'type-changed Invoice.total.cents FIELD_SAME_TYPE',
    ])
    const diff = await getSchemaVersionDiff(member, id, { left: 1, right: 2 })
    expect(diff?.verdict).toMatchObject({ compatible: false, level: 'BACKWARD' })
  })

  it('lists references with links and versions, and what depends on a subject', async () => {
    const [latest] = await getSchemaVersions(member, await schemaId(invoices))
    expect(await referenceLinks(member, clusterId, latest!.references as never)).toEqual([
      { name: 'com.acme.Money', subject: money, version: 2, schemaId: await schemaId(money) },
    ])
    const tree = await getSchemaDependents(member, clusterId, currency)
    expect(tree.count).toBe(2)
    expect(tree.dependents.map((node) => [node.subject, node.versions, node.dependents.map((d) => [d.subject, d.versions])])).toEqual([
      [
        money,
        [
          { version: 1, referencedVersion: 1 },
          { version: 2, referencedVersion: 1 },
        ],
        [
          [
            invoices,
            [
              { version: 1, referencedVersion: 1 },
              { version: 2, referencedVersion: 2 },
            ],
          ],
        ],
      ],
    ])
  })

  it('shows nothing of it to a user outside the workspace', async () => {
    expect((await getSchemaDependents(outsider, clusterId, currency)).count).toBe(0)
    expect((await referenceLinks(outsider, clusterId, [{ name: 'com.acme.Money', subject: money, version: 2 }]))[0]!.schemaId).toBeNull()
  })

  it("filters the list by verdict and counts this week's breaking versions", async () => {
    const listed = await getSchemas(member, { verdict: 'incompatible', search: run })
    expect(listed.docs.map((d) => d.subject).sort()).toEqual([invoices, money].sort())
    expect((await getSchemas(member, { verdict: 'compatible', search: run })).docs.map((d) => d.subject)).toEqual([currency])
    expect((await getSchemaSummary(member, { search: run })).breakingThisWeek).toBe(2)
  })
})
