import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSchemaRegistryClient, type SchemaRegistryClient } from '@/integrations/schema-registry'
import { createActivities } from '@/sync/activities'
import { runSchemaSync } from '@/sync/workflows/schema-sync'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { peers } from '@tests/helpers/peers'
import {
  avroRecord as avro,
  expectDatabaseEqualsRegistry,
  registerScenario,
  scenarioNames,
  seedClusterForScenario,
  storedSchemas,
  storedVersions,
} from '@tests/helpers/registry-scenario'

const names = scenarioNames()
const { run, prefix } = names

let ctx: TestPayload
let payload: Payload
let registry: SchemaRegistryClient
let clusterId: number
let workspaceId: number

const sync = (registryClient?: () => Promise<SchemaRegistryClient>) =>
  runSchemaSync(createActivities({ payload, registryClient }), { clusterId, runner: 'embedded' })
const schemasOfRun = () => storedSchemas(payload, run)
const versionsOf = (schemaId: number) => storedVersions(payload, schemaId)

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  registry = createSchemaRegistryClient({ baseUrl: peers.schemaRegistryUrl })
  ;({ clusterId, workspaceId } = await seedClusterForScenario(payload, names))
  await registerScenario(registry, names)
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe(`SchemaSyncWorkflow (embedded) on ${testDatabase()}`, () => {
  it('makes the database equal the registry for every subject and version', async () => {
    const result = await sync()
    expect(result.outcome).not.toBe('failed')
    expect(result.error ?? '').not.toContain(run)
    await expectDatabaseEqualsRegistry(payload, registry, names)
  })

  it('maps ownership: TopicNameStrategy subjects through the prefix, others unowned', async () => {
    const schemas = await schemasOfRun()
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
    const schemas = await schemasOfRun()
    const [invoice] = await versionsOf(schemas.get(`${prefix}invoices-value`)!.id)
    expect(invoice!.references).toEqual([{ name: 'com.acme.Money', subject: `${run}com.acme.Money`, version: 1 }])
    const orders = await versionsOf(schemas.get(`${prefix}orders-value`)!.id)
    expect(orders[0]!.isCompatible).toBe(true)
    expect(orders[1]!.isCompatible).toBe(true)
    expect(orders[2]!.softDeleted).toBe(true)
  })

  it('stores what Apicurio serves of the Confluent 8 fields: the global mode and the default context, no GUID or data contract', async () => {
    const orders = (await schemasOfRun()).get(`${prefix}orders-value`)!
    expect(orders.mode).toBe('READWRITE')
    expect(orders.context).toBe('.')
    const [first] = await versionsOf(orders.id)
    expect({ guid: first!.guid ?? null, schemaMetadata: first!.schemaMetadata ?? null, ruleSet: first!.ruleSet ?? null }).toEqual({
      guid: null,
      schemaMetadata: null,
      ruleSet: null,
    })
  })

  it('does not refetch or rewrite unchanged subjects on the next run', async () => {
    const before = await schemasOfRun()
    const requests = { count: 0 }
    const counting = createSchemaRegistryClient({ baseUrl: peers.schemaRegistryUrl })
    const second = await sync(() => Promise.resolve(counting))
    requests.count = counting.requestCount
    const after = await schemasOfRun()
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
        // Whichever listing the registry supports (registry-wide or per subject) breaks part-way.
        if ((key !== 'listVersions' && key !== 'listAllVersions') || typeof value !== 'function') return value
        return (...args: unknown[]) => (++calls > 3 || key === 'listAllVersions' ? Promise.reject(new Error('registry went away')) : value.apply(target, args))
      },
    })
    const failed = await sync(() => Promise.resolve(flaky))
    expect(failed.outcome).toBe('failed')
    expect(failed.error).toContain('registry went away')
    const schemas = await schemasOfRun()
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
    await registry.registerSchema(`${prefix}broken-value`, {
      schema: avro([
        { name: 'id', type: 'string' },
        { name: 'n', type: 'int', default: 1 },
      ]),
    })
    const real = createSchemaRegistryClient({ baseUrl: peers.schemaRegistryUrl })
    // The sync fetches a payload by version, or by id where versions share content: corrupt both.
    const brokenId = (await real.getVersion(`${prefix}broken-value`, 2)).id
    const corrupt = <T extends { schema: string }>(payload: T, broken: boolean): T => (broken ? { ...payload, schema: '{"type": "record", "name":' } : payload)
    const corrupting = new Proxy(real, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver)
        if (key === 'getVersion' && typeof value === 'function') {
          return async (subject: string, version: number, options?: object) =>
            corrupt(await value.call(target, subject, version, options), subject === `${prefix}broken-value` && version === 2)
        }
        if (key === 'getSchemaById' && typeof value === 'function') {
          return async (id: number) => corrupt(await value.call(target, id), id === brokenId)
        }
        return value
      },
    })
    const result = await sync(() => Promise.resolve(corrupting))
    expect(result.outcome).toBe('partial')
    const broken = (await schemasOfRun()).get(`${prefix}broken-value`)!
    const versions = await versionsOf(broken.id)
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'synced'],
      [2, 'failed'],
    ])
    expect(versions[1]!.error).toBeTruthy()
    expect(broken.lastError).toContain('version 2')
  })

  it('marks a subject that disappeared from a complete listing stale, keeping its rows', async () => {
    const subject = `${prefix}events-value`
    await registry.deleteSubject(subject)
    await registry.deleteSubject(subject, { permanent: true })
    await sync()
    const events = (await schemasOfRun()).get(subject)!
    expect(events.status).toBe('stale')
    expect((await versionsOf(events.id)).length).toBe(1)
  })
})
