import { randomUUID } from 'node:crypto'
import { createServer } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  createSchemaRegistryClient,
  SchemaRegistryErrorCode,
  SchemaRegistryNotFoundError,
  SchemaRegistryRequestError,
  SchemaRegistryUnreachableError,
  type SchemaRegistryClient,
} from '@/integrations/schema-registry'

/**
 * The client against the real registry the peers script starts: Apicurio Registry 3 with its
 * Confluent API. Subjects carry a random suffix so runs (and the two database projects, which
 * both include this file) never collide; they are deleted permanently afterwards.
 */

const REGISTRY_URL = process.env.SCHEMA_REGISTRY_URL ?? 'http://127.0.0.1:18081/apis/ccompat/v7'
const run = randomUUID().slice(0, 8)

const subjects = {
  avro: `it-${run}-orders-value`,
  // Not TopicNameStrategy, and every character that needs encoding.
  protobuf: `it-${run}/payments:events v1`,
  common: `it-${run}-common.proto`,
  json: `it-${run}-audit-value`,
}

const avro = (fields: Array<Record<string, unknown>>) => JSON.stringify({ type: 'record', name: 'Order', namespace: 'orbit.it', fields })
const avroV1 = avro([{ name: 'id', type: 'string' }])
const avroV2 = avro([
  { name: 'id', type: 'string' },
  { name: 'amount', type: 'long', default: 0 },
])
const avroV3 = avro([
  { name: 'id', type: 'string' },
  { name: 'amount', type: 'long', default: 0 },
  { name: 'currency', type: 'string', default: 'EUR' },
])

const commonProto = 'syntax = "proto3";\npackage orbit.common;\n\nmessage Money {\n  string currency = 1;\n  int64 units = 2;\n}\n'
const paymentProto =
  'syntax = "proto3";\npackage orbit.payments;\n\nimport "common.proto";\n\nmessage Payment {\n  string id = 1;\n  orbit.common.Money amount = 2;\n}\n'

const jsonV1 = JSON.stringify({ type: 'object', properties: { actor: { type: 'string' } } })
const jsonV2 = JSON.stringify({ type: 'object', properties: { actor: { type: 'string' }, action: { type: 'string' } } })

let client: SchemaRegistryClient
const ids: Record<string, number> = {}
const startedAt = Date.now()

beforeAll(async () => {
  client = createSchemaRegistryClient({ baseUrl: REGISTRY_URL, timeoutMs: 10_000 })
  ids.avroV1 = await client.registerSchema(subjects.avro, { schema: avroV1 })
  ids.avroV2 = await client.registerSchema(subjects.avro, { schema: avroV2, schemaType: 'AVRO' })
  ids.avroV3 = await client.registerSchema(subjects.avro, { schema: avroV3 })
  ids.common = await client.registerSchema(subjects.common, { schema: commonProto, schemaType: 'PROTOBUF' })
  ids.payment = await client.registerSchema(subjects.protobuf, {
    schema: paymentProto,
    schemaType: 'PROTOBUF',
    references: [{ name: 'common.proto', subject: subjects.common, version: 1 }],
  })
  ids.jsonV1 = await client.registerSchema(subjects.json, { schema: jsonV1, schemaType: 'JSON' })
  ids.jsonV2 = await client.registerSchema(subjects.json, { schema: jsonV2, schemaType: 'JSON' })
})

afterAll(async () => {
  if (!client) return
  // Referencing subjects first; soft delete before the permanent one, as the API requires.
  for (const subject of [subjects.protobuf, subjects.common, subjects.avro, subjects.json]) {
    await client.deleteSubject(subject).catch(() => undefined)
    await client.deleteSubject(subject, { permanent: true }).catch(() => undefined)
  }
})

describe('Schema Registry client against Apicurio (Confluent API)', () => {
  it('lists subjects and versions, and reads every format with its references', async () => {
    const listed = await client.listSubjects()
    expect(listed).toEqual(expect.arrayContaining(Object.values(subjects)))
    expect(await client.listVersions(subjects.avro)).toEqual([1, 2, 3])

    const v3 = await client.getVersion(subjects.avro, 3)
    expect(v3).toMatchObject({ subject: subjects.avro, version: 3, id: ids.avroV3, schemaType: 'AVRO', references: [] })
    expect(JSON.parse(v3.schema)).toEqual(JSON.parse(avroV3))

    const payment = await client.getVersion(subjects.protobuf, 1)
    expect(payment).toMatchObject({
      subject: subjects.protobuf,
      version: 1,
      id: ids.payment,
      schemaType: 'PROTOBUF',
      references: [{ name: 'common.proto', subject: subjects.common, version: 1 }],
    })
    expect(payment.schema).toContain('message Payment')

    const json = await client.getVersion(subjects.json, 2)
    expect(json).toMatchObject({ version: 2, id: ids.jsonV2, schemaType: 'JSON' })
    expect(JSON.parse(json.schema)).toEqual(JSON.parse(jsonV2))

    const byId = await client.getSchemaById(ids.avroV1!)
    expect(byId.schemaType).toBe('AVRO')
    expect(JSON.parse(byId.schema)).toEqual(JSON.parse(avroV1))
    expect((await client.getSchemaById(ids.payment!)).references).toEqual([{ name: 'common.proto', subject: subjects.common, version: 1 }])
  })

  it('sees a soft-deleted version only with deleted: true', async () => {
    await expect(client.deleteVersion(subjects.avro, 2)).resolves.toBe(2)
    expect(await client.listVersions(subjects.avro)).toEqual([1, 3])
    expect(await client.listVersions(subjects.avro, { deleted: true })).toEqual([1, 2, 3])
    await expect(client.getVersion(subjects.avro, 2)).rejects.toMatchObject({
      name: 'SchemaRegistryNotFoundError',
      errorCode: SchemaRegistryErrorCode.versionNotFound,
    })
    const deleted = await client.getVersion(subjects.avro, 2, { deleted: true })
    expect(deleted).toMatchObject({ version: 2, id: ids.avroV2 })
  })

  it('sees a soft-deleted subject only in the deleted listing', async () => {
    const scratch = `it-${run}-scratch`
    await client.registerSchema(scratch, { schema: '"string"' })
    await expect(client.deleteSubject(scratch)).resolves.toEqual([1])
    expect(await client.listSubjects()).not.toContain(scratch)
    expect(await client.listSubjects({ deleted: true })).toContain(scratch)
    await expect(client.deleteSubject(scratch, { permanent: true })).resolves.toEqual([1])
    expect(await client.listSubjects({ deleted: true })).not.toContain(scratch)
  })

  it('reads and sets compatibility; an unset subject level is null', async () => {
    const global = await client.getGlobalCompatibility()
    expect(['BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE', 'NONE']).toContain(global)
    expect(await client.getSubjectCompatibility(subjects.json)).toBeNull()
    expect(await client.getSubjectCompatibility(`it-${run}-never-registered`)).toBeNull()

    await expect(client.setSubjectCompatibility(subjects.avro, 'BACKWARD')).resolves.toBe('BACKWARD')
    expect(await client.getSubjectCompatibility(subjects.avro)).toBe('BACKWARD')

    const dropsField = avro([{ name: 'renamed', type: 'string' }])
    await expect(client.testCompatibility(subjects.avro, 'latest', { schema: dropsField }, { verbose: true })).resolves.toMatchObject({
      isCompatible: false,
    })
    const addsDefaulted = avro([
      { name: 'id', type: 'string' },
      { name: 'amount', type: 'long', default: 0 },
      { name: 'currency', type: 'string', default: 'EUR' },
      { name: 'note', type: ['null', 'string'], default: null },
    ])
    await expect(client.testCompatibility(subjects.avro, 3, { schema: addsDefaulted })).resolves.toEqual({ isCompatible: true, messages: [] })
    // Under BACKWARD the registry itself refuses the incompatible schema (409).
    await expect(client.registerSchema(subjects.avro, { schema: dropsField })).rejects.toMatchObject({ name: 'SchemaRegistryRequestError', status: 409 })
  })

  it('reads the mode', async () => {
    expect(await client.getMode()).toBe('READWRITE')
  })

  it('detects what Apicurio supports', async () => {
    const fresh = createSchemaRegistryClient({ baseUrl: REGISTRY_URL })
    const features = await fresh.detectFeatures()
    expect(features).toEqual({ deletedListing: true, mode: true, contexts: true, schemasListing: true, versionMetadata: true })
    const sent = fresh.requestCount
    expect(sent).toBe(5)
    await fresh.detectFeatures()
    expect(fresh.requestCount).toBe(sent)
  })

  it('reads registration times from the native API, soft-deleted versions included', async () => {
    const metadata = await client.getVersionMetadata(subjects.avro, 1)
    expect(metadata.createdOn).toMatch(/^\d{4}-\d\d-\d\dT/)
    // The registry stamps whole seconds.
    expect(Date.parse(metadata.createdOn!)).toBeGreaterThanOrEqual(Math.floor(startedAt / 1000) * 1000 - 60_000)
    expect(Date.parse(metadata.createdOn!)).toBeLessThanOrEqual(Date.now() + 60_000)

    const all = await client.listVersionMetadata(subjects.avro)
    expect([...all.keys()].sort()).toEqual([1, 2, 3])
    expect(all.get(1)).toEqual(metadata)
    expect(await client.getVersionMetadata(subjects.protobuf, 1)).toHaveProperty('createdOn')
    expect(await client.getVersionMetadata(`it-${run}-never-registered`, 1)).toEqual({})
  })

  it('answers 404 paths with NotFound and the Confluent error code', async () => {
    const cases: Array<[() => Promise<unknown>, number]> = [
      [() => client.listVersions(`it-${run}-never-registered`), SchemaRegistryErrorCode.subjectNotFound],
      [() => client.getVersion(`it-${run}-never-registered`, 1), SchemaRegistryErrorCode.subjectNotFound],
      [() => client.getVersion(subjects.avro, 99), SchemaRegistryErrorCode.versionNotFound],
      [() => client.getSchemaById(2_000_000_000), SchemaRegistryErrorCode.schemaNotFound],
    ]
    for (const [request, code] of cases) {
      const error = await request().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(SchemaRegistryNotFoundError)
      expect((error as SchemaRegistryNotFoundError).errorCode).toBe(code)
      expect((error as Error).message).toContain(REGISTRY_URL)
    }
  })

  it('rejects an invalid schema with a RequestError (422), without retrying', async () => {
    const before = client.requestCount
    const error = await client.registerSchema(`it-${run}-invalid`, { schema: '{not avro' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SchemaRegistryRequestError)
    expect((error as SchemaRegistryRequestError).status).toBe(422)
    expect(client.requestCount - before).toBe(1)
  })

  it('gives Unreachable after its retries when nothing listens', async () => {
    const port = await unusedPort()
    const down = createSchemaRegistryClient({ baseUrl: `http://127.0.0.1:${port}/apis/ccompat/v7`, retries: 2, retryBaseDelayMs: 20 })
    const error = await down.listSubjects().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SchemaRegistryUnreachableError)
    expect((error as SchemaRegistryUnreachableError).attempts).toBe(3)
    expect((error as Error).message).toContain(`http://127.0.0.1:${port}/apis/ccompat/v7/subjects`)
    expect((error as Error).message).toContain('ECONNREFUSED')
    expect(down.requestCount).toBe(3)
  })
})

/** A port nothing listens on: bind an ephemeral one, then release it. */
function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}
