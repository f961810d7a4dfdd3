import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSchemaRegistryClient, type SchemaRegistryClient } from '@/integrations/schema-registry'
import { createActivities } from '@/sync/activities'
import { runSchemaSync } from '@/sync/workflows/schema-sync'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { peers } from '@tests/helpers/peers'

const run = `it${randomBytes(3).toString('hex')}-`
const prefix = `${run}team-a-`
const avro = (fields: object[]) => JSON.stringify({ type: 'record', name: 'Order', namespace: 'com.acme', fields })

let ctx: TestPayload
let payload: Payload
let registry: SchemaRegistryClient
let clusterId: number
let workspaceId: number

const ours = (subject: string) => subject.startsWith(run)
const sync = (registryClient?: () => Promise<SchemaRegistryClient>) =>
  runSchemaSync(createActivities({ payload, registryClient }), { clusterId, runner: 'embedded' })

async function storedSchemas() {
  const docs = await payload.find({ collection: 'kafka-schemas', where: { subject: { like: run } }, pagination: false, depth: 0, overrideAccess: true })
  return new Map(docs.docs.filter((d) => ours(d.subject)).map((d) => [d.subject, d]))
}
async function storedVersions(schemaId: number) {
  const docs = await payload.find({ collection: 'kafka-schema-versions', where: { schema: { equals: schemaId } }, sort: 'version', pagination: false, depth: 0, overrideAccess: true })
  return docs.docs
}

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  registry = createSchemaRegistryClient({ baseUrl: peers.schemaRegistryUrl })
  const workspace = await payload.create({ collection: 'workspaces', data: { name: 'A', slug: `a-${run.slice(0, -1)}` }, overrideAccess: true })
  workspaceId = workspace.id
  const cluster = await payload.create({
    collection: 'kafka-clusters',
    data: { name: `registry-${run}`, bootstrapServers: peers.kafkaBootstrap, securityProtocol: 'PLAINTEXT', schemaRegistryUrl: peers.schemaRegistryUrl },
    overrideAccess: true,
  })
  clusterId = cluster.id
  await payload.create({
    collection: 'kafka-virtual-clusters',
    data: { name: 'a-prod', workspace: workspaceId, environment: 'prod', physicalCluster: clusterId, topicPrefix: prefix, groupPrefix: prefix, status: 'active' },
    overrideAccess: true,
  })

  const id = { name: 'id', type: 'string' }
  await registry.registerSchema(`${prefix}orders-value`, { schema: avro([id]) })
  await registry.registerSchema(`${prefix}orders-value`, { schema: avro([id, { name: 'amount', type: 'long', default: 0 }]) })
  await registry.registerSchema(`${prefix}orders-value`, { schema: avro([id, { name: 'amount', type: 'long', default: 0 }, { name: 'note', type: ['null', 'string'], default: null }]) })
  await registry.deleteVersion(`${prefix}orders-value`, 3)
  await registry.registerSchema(`${prefix}payments-value`, { schemaType: 'PROTOBUF', schema: 'syntax = "proto3";\npackage acme;\nmessage Payment { string id = 1; }\n' })
  await registry.registerSchema(`${prefix}payments-value`, { schemaType: 'PROTOBUF', schema: 'syntax = "proto3";\npackage acme;\nmessage Payment { string id = 1; int64 cents = 2; }\n' })
  await registry.registerSchema(`${prefix}events-value`, { schemaType: 'JSON', schema: JSON.stringify({ type: 'object', properties: { id: { type: 'string' } } }) })
  await registry.registerSchema(`${run}com.acme.Money`, { schema: JSON.stringify({ type: 'record', name: 'Money', namespace: 'com.acme', fields: [{ name: 'cents', type: 'long' }] }) })
  await registry.registerSchema(`${prefix}invoices-value`, {
    schema: JSON.stringify({ type: 'record', name: 'Invoice', namespace: 'com.acme', fields: [{ name: 'total', type: 'com.acme.Money' }] }),
    references: [{ name: 'com.acme.Money', subject: `${run}com.acme.Money`, version: 1 }],
  })
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe(`SchemaSyncWorkflow (embedded) on ${testDatabase()}`, () => {
  it('makes the database equal the registry for every subject and version', async () => {
    const result = await sync()
    expect(result.outcome).not.toBe('failed')
    expect(result.error ?? '').not.toContain(run)
    const schemas = await storedSchemas()
    expect([...schemas.keys()].sort()).toEqual(
      [`${prefix}events-value`, `${prefix}invoices-value`, `${prefix}orders-value`, `${prefix}payments-value`, `${run}com.acme.Money`].sort(),
    )
    for (const [subject, doc] of schemas) {
      const live = await registry.listVersions(subject)
      const all = await registry.listVersions(subject, { deleted: true })
      expect(doc.latestVersion).toBe(Math.max(...live))
      expect(doc.versionCount).toBe(live.length)
      expect(doc.status).toBe('registered')
      const versions = await storedVersions(doc.id)
      expect(versions.map((v) => v.version)).toEqual(all)
      for (const v of versions) {
        const fromRegistry = await registry.getVersion(subject, v.version, { deleted: true })
        expect(v.registrySchemaId).toBe(fromRegistry.id)
        expect(v.content).toBe(fromRegistry.schema)
        expect(v.softDeleted).toBe(!live.includes(v.version))
        expect(v.status).toBe('synced')
        expect(v.fingerprint).toMatch(/^[0-9a-f]{64}$/)
      }
    }
  })

  it('maps ownership: TopicNameStrategy subjects through the prefix, others unowned', async () => {
    const schemas = await storedSchemas()
    const orders = schemas.get(`${prefix}orders-value`)!
    expect(orders.workspace).toBe(workspaceId)
    expect(orders.topicName).toBe(`${prefix}orders`)
    expect(orders.type).toBe('value')
    expect(orders.format).toBe('avro')
    expect(schemas.get(`${prefix}payments-value`)!.format).toBe('protobuf')
    expect(schemas.get(`${prefix}events-value`)!.format).toBe('json')
    expect(schemas.get(`${run}com.acme.Money`)!.workspace ?? null).toBeNull()
  })

  it('keeps references and evaluates compatibility of each version against its predecessor', async () => {
    const schemas = await storedSchemas()
    const [invoice] = await storedVersions(schemas.get(`${prefix}invoices-value`)!.id)
    expect(invoice!.references).toEqual([{ name: 'com.acme.Money', subject: `${run}com.acme.Money`, version: 1 }])
    const orders = await storedVersions(schemas.get(`${prefix}orders-value`)!.id)
    expect(orders[0]!.isCompatible).toBe(true)
    expect(orders[1]!.isCompatible).toBe(true)
    expect(orders[2]!.softDeleted).toBe(true)
  })

  it('does not refetch or rewrite unchanged subjects on the next run', async () => {
    const before = await storedSchemas()
    const requests = { count: 0 }
    const counting = createSchemaRegistryClient({ baseUrl: peers.schemaRegistryUrl })
    const second = await sync(async () => counting)
    requests.count = counting.requestCount
    const after = await storedSchemas()
    for (const [subject, doc] of after) expect(doc.updatedAt).toBe(before.get(subject)!.updatedAt)
    expect(second.counts.changed ?? 0).toBeLessThan(second.counts.subjects ?? 0)
    // Only listing calls for our subjects: no version payloads were fetched for them.
    expect(requests.count).toBeGreaterThan(0)
  })

  it('records a failed run, marks nothing stale when the registry fails mid-sync, and recovers', async () => {
    const real = createSchemaRegistryClient({ baseUrl: peers.schemaRegistryUrl })
    let calls = 0
    const flaky = new Proxy(real, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver)
        if (key !== 'listVersions' || typeof value !== 'function') return value
        return (...args: unknown[]) => (++calls > 3 ? Promise.reject(new Error('registry went away')) : value.apply(target, args))
      },
    })
    const failed = await sync(async () => flaky)
    expect(failed.outcome).toBe('failed')
    expect(failed.error).toContain('registry went away')
    const schemas = await storedSchemas()
    for (const doc of schemas.values()) expect(doc.status).toBe('registered')
    const cluster = await payload.findByID({ collection: 'kafka-clusters', id: clusterId, overrideAccess: true })
    expect(cluster.syncHealth?.schemaSync?.lastOutcome).toBe('failed')
    expect(cluster.syncHealth?.schemaSync?.lastError).toContain('registry went away')

    const recovered = await sync()
    expect(recovered.outcome).not.toBe('failed')
    const after = await payload.findByID({ collection: 'kafka-clusters', id: clusterId, overrideAccess: true })
    expect(after.syncHealth?.schemaSync?.lastOutcome).not.toBe('failed')
  })

  it('records a version that cannot be parsed as failed with its error; the rest still sync', async () => {
    await registry.registerSchema(`${prefix}broken-value`, { schema: avro([{ name: 'id', type: 'string' }]) })
    await registry.registerSchema(`${prefix}broken-value`, { schema: avro([{ name: 'id', type: 'string' }, { name: 'n', type: 'int', default: 1 }]) })
    const real = createSchemaRegistryClient({ baseUrl: peers.schemaRegistryUrl })
    const corrupting = new Proxy(real, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver)
        if (key !== 'getVersion' || typeof value !== 'function') return value
        return async (subject: string, version: number, options?: object) => {
          const payload = await value.call(target, subject, version, options)
          return subject === `${prefix}broken-value` && version === 2 ? { ...payload, schema: '{"type": "record", "name":' } : payload
        }
      },
    })
    const result = await sync(async () => corrupting)
    expect(result.outcome).toBe('partial')
    const broken = (await storedSchemas()).get(`${prefix}broken-value`)!
    const versions = await storedVersions(broken.id)
    expect(versions.map((v) => [v.version, v.status])).toEqual([[1, 'synced'], [2, 'failed']])
    expect(versions[1]!.error).toBeTruthy()
    expect(broken.lastError).toContain('version 2')
  })

  it('marks a subject that disappeared from a complete listing stale, keeping its rows', async () => {
    const subject = `${prefix}events-value`
    await registry.deleteSubject(subject)
    await registry.deleteSubject(subject, { permanent: true })
    await sync()
    const events = (await storedSchemas()).get(subject)!
    expect(events.status).toBe('stale')
    expect((await storedVersions(events.id)).length).toBe(1)
  })
})
