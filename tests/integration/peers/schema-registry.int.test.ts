import { randomBytes } from 'node:crypto'

import { beforeAll, describe, expect, it } from 'vitest'

import { ensurePeers, peers } from '@tests/helpers/peers'

// Apicurio Registry through its Confluent-compatible API, with plain fetch.
const run = `peers-${randomBytes(3).toString('hex')}`
const CONTENT_TYPE = 'application/vnd.schemaregistry.v1+json'

async function sr<T>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(`${peers.schemaRegistryUrl}${path}`, {
    method,
    headers: { 'Content-Type': CONTENT_TYPE, Accept: CONTENT_TYPE },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, json: (await res.json()) as T }
}

type Reference = { name: string; subject: string; version: number }
type Registered = { id: number }
type SubjectVersion = { subject: string; version: number; id: number; schema: string; schemaType?: string; references?: Reference[] }

async function register(subject: string, schema: string, schemaType?: string, references?: Reference[]) {
  const { status, json } = await sr<Registered>('POST', `/subjects/${subject}/versions`, { schema, schemaType, references })
  expect(status).toBe(200)
  expect(json.id).toBeGreaterThan(0)
  return json.id
}

const avroAddress = { type: 'record', name: 'Address', namespace: 'com.acme', fields: [{ name: 'city', type: 'string' }] }
const avroCustomer = {
  type: 'record',
  name: 'Customer',
  namespace: 'com.acme',
  fields: [
    { name: 'name', type: 'string' },
    { name: 'address', type: 'com.acme.Address' },
  ],
}

beforeAll(async () => {
  await ensurePeers(['registry'])
})

describe('Schema Registry peer (Apicurio, Confluent API)', () => {
  it('lists subjects', async () => {
    // Apicurio answers at most 1,000 subjects unless asked for more.
    const { status, json } = await sr<string[]>('GET', '/subjects?limit=100000')
    expect(status).toBe(200)
    expect(Array.isArray(json)).toBe(true)
  })

  it('registers an Avro schema with a reference and reads both back', async () => {
    const addressId = await register(`${run}-address`, JSON.stringify(avroAddress))
    const references = [{ name: 'com.acme.Address', subject: `${run}-address`, version: 1 }]
    const customerId = await register(`${run}-customer-value`, JSON.stringify(avroCustomer), 'AVRO', references)
    expect(customerId).not.toBe(addressId)

    const { json: latest } = await sr<SubjectVersion>('GET', `/subjects/${run}-customer-value/versions/latest`)
    expect(latest).toMatchObject({ subject: `${run}-customer-value`, version: 1, id: customerId, references })
    expect(JSON.parse(latest.schema)).toEqual(avroCustomer)

    const { json: byId } = await sr<{ schema: string; references?: Reference[] }>('GET', `/schemas/ids/${addressId}`)
    expect(JSON.parse(byId.schema)).toEqual(avroAddress)
  })

  it('registers Protobuf and JSON Schema subjects and reads their types back', async () => {
    const proto = 'syntax = "proto3";\npackage acme;\n\nmessage Order {\n  string id = 1;\n  int64 amount = 2;\n}\n'
    const json = JSON.stringify({
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: { id: { type: 'string' } },
      required: ['id'],
    })
    const protoId = await register(`${run}-order-value`, proto, 'PROTOBUF')
    const jsonId = await register(`${run}-event-value`, json, 'JSON')

    const { json: p } = await sr<SubjectVersion>('GET', `/subjects/${run}-order-value/versions/1`)
    expect(p).toMatchObject({ id: protoId, schemaType: 'PROTOBUF' })
    expect(p.schema).toMatch(/message Order \{/)
    const { json: j } = await sr<SubjectVersion>('GET', `/subjects/${run}-event-value/versions/1`)
    expect(j).toMatchObject({ id: jsonId, schemaType: 'JSON' })
    expect(JSON.parse(j.schema)).toEqual(JSON.parse(json))

    const { json: types } = await sr<string[]>('GET', '/schemas/types')
    expect(types).toEqual(expect.arrayContaining(['AVRO', 'PROTOBUF', 'JSON']))
  })

  it('soft-deletes a version and a subject, which stay listed with ?deleted=true', async () => {
    const subject = `${run}-soft-value`
    const v1 = { ...avroAddress, name: 'Soft' }
    const v2 = { ...v1, fields: [...v1.fields, { name: 'zip', type: 'string', default: '' }] }
    await register(subject, JSON.stringify(v1))
    await register(subject, JSON.stringify(v2))

    expect(await sr('DELETE', `/subjects/${subject}/versions/1`)).toEqual({ status: 200, json: 1 })
    expect((await sr('GET', `/subjects/${subject}/versions`)).json).toEqual([2])
    expect((await sr('GET', `/subjects/${subject}/versions?deleted=true`)).json).toEqual([1, 2])
    expect((await sr('GET', `/subjects/${subject}/versions/1`)).status).toBe(404)
    const { status, json } = await sr<SubjectVersion>('GET', `/subjects/${subject}/versions/1?deleted=true`)
    expect(status).toBe(200)
    expect(JSON.parse(json.schema)).toEqual(v1)

    // Confluent answers with the versions this call deleted ([2]); Apicurio 3.3 lists every version ([1, 2]).
    expect((await sr<number[]>('DELETE', `/subjects/${subject}`)).json).toContain(2)
    expect((await sr<string[]>('GET', '/subjects?limit=100000')).json).not.toContain(subject)
    expect((await sr<string[]>('GET', '/subjects?deleted=true&limit=100000')).json).toContain(subject)
  })
})
