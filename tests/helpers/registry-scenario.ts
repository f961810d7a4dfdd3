import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { expect } from 'vitest'

import type { SchemaRegistryClient } from '@/integrations/schema-registry'

import { peers } from './peers'

/**
 * One Schema Registry scenario shared by the runner tests: Avro with three versions (the last
 * soft-deleted), Protobuf and JSON subjects, a reference, and a subject outside TopicNameStrategy.
 * Subjects carry a random run prefix: the registry is shared by every test file.
 */
export function scenarioNames() {
  const run = `it${randomBytes(3).toString('hex')}-`
  const prefix = `${run}team-a-`
  return {
    run,
    prefix,
    subjects: [`${prefix}events-value`, `${prefix}invoices-value`, `${prefix}orders-value`, `${prefix}payments-value`, `${run}com.acme.Money`].sort(),
  }
}
export type ScenarioNames = ReturnType<typeof scenarioNames>

export const avroRecord = (fields: object[], name = 'Order') => JSON.stringify({ type: 'record', name, namespace: 'com.acme', fields })

export async function registerScenario(registry: SchemaRegistryClient, { run, prefix }: ScenarioNames): Promise<void> {
  const id = { name: 'id', type: 'string' }
  const amount = { name: 'amount', type: 'long', default: 0 }
  await registry.registerSchema(`${prefix}orders-value`, { schema: avroRecord([id]) })
  await registry.registerSchema(`${prefix}orders-value`, { schema: avroRecord([id, amount]) })
  await registry.registerSchema(`${prefix}orders-value`, { schema: avroRecord([id, amount, { name: 'note', type: ['null', 'string'], default: null }]) })
  await registry.deleteVersion(`${prefix}orders-value`, 3)
  await registry.registerSchema(`${prefix}payments-value`, {
    schemaType: 'PROTOBUF',
    schema: 'syntax = "proto3";\npackage acme;\nmessage Payment { string id = 1; }\n',
  })
  await registry.registerSchema(`${prefix}payments-value`, {
    schemaType: 'PROTOBUF',
    schema: 'syntax = "proto3";\npackage acme;\nmessage Payment { string id = 1; int64 cents = 2; }\n',
  })
  await registry.registerSchema(`${prefix}events-value`, {
    schemaType: 'JSON',
    schema: JSON.stringify({ type: 'object', properties: { id: { type: 'string' } } }),
  })
  await registry.registerSchema(`${run}com.acme.Money`, { schema: avroRecord([{ name: 'cents', type: 'long' }], 'Money') })
  await registry.registerSchema(`${prefix}invoices-value`, {
    schema: JSON.stringify({ type: 'record', name: 'Invoice', namespace: 'com.acme', fields: [{ name: 'total', type: 'com.acme.Money' }] }),
    references: [{ name: 'com.acme.Money', subject: `${run}com.acme.Money`, version: 1 }],
  })
}

/** A workspace, a cluster pointing at the registry peer, and a virtual cluster owning `prefix`. */
export async function seedClusterForScenario(payload: Payload, { run, prefix }: ScenarioNames) {
  const workspace = await payload.create({ collection: 'workspaces', data: { name: `A ${run}`, slug: `a-${run.slice(0, -1)}` }, overrideAccess: true })
  const cluster = await payload.create({
    collection: 'kafka-clusters',
    data: { name: `registry-${run}`, bootstrapServers: peers.kafkaBootstrap, securityProtocol: 'PLAINTEXT', schemaRegistryUrl: peers.schemaRegistryUrl },
    overrideAccess: true,
  })
  await payload.create({
    collection: 'kafka-virtual-clusters',
    data: {
      name: 'a-prod',
      workspace: workspace.id,
      environment: 'prod',
      physicalCluster: cluster.id,
      topicPrefix: prefix,
      groupPrefix: prefix,
      status: 'active',
    },
    overrideAccess: true,
  })
  return { workspaceId: workspace.id, clusterId: cluster.id }
}

export async function storedSchemas(payload: Payload, run: string) {
  const docs = await payload.find({ collection: 'kafka-schemas', where: { subject: { like: run } }, pagination: false, depth: 0, overrideAccess: true })
  return new Map(docs.docs.filter((d) => d.subject.startsWith(run)).map((d) => [d.subject, d]))
}

export async function storedVersions(payload: Payload, schemaId: number) {
  const docs = await payload.find({
    collection: 'kafka-schema-versions',
    where: { schema: { equals: schemaId } },
    sort: 'version',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.docs
}

/** Every subject and version of the run, as the registry reports it, equals what the database holds. */
export async function expectDatabaseEqualsRegistry(payload: Payload, registry: SchemaRegistryClient, names: ScenarioNames) {
  const schemas = await storedSchemas(payload, names.run)
  expect([...schemas.keys()].sort()).toEqual(names.subjects)
  for (const [subject, doc] of schemas) {
    const live = await registry.listVersions(subject)
    const all = await registry.listVersions(subject, { deleted: true })
    expect(doc.latestVersion).toBe(Math.max(...live))
    expect(doc.versionCount).toBe(live.length)
    expect(doc.status).toBe('registered')
    const versions = await storedVersions(payload, doc.id)
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
}

/**
 * The registry peer is shared (other files and benches register thousands of subjects): a sync
 * through this client lists only the subjects starting with `run`, so it takes seconds.
 */
export function onlyThisRun(client: SchemaRegistryClient, run: string): SchemaRegistryClient {
  return new Proxy(client, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver)
      if (key === 'listSubjects') return async (...args: never[]) => (await target.listSubjects(...args)).filter((s) => s.startsWith(run))
      if (key === 'listAllVersions') {
        return async () => {
          const all = await target.listAllVersions()
          return all && new Map([...all].filter(([subject]) => subject.startsWith(run)))
        }
      }
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}
