import { describe, expect, it } from 'vitest'

import { SchemaRegistryUnauthorizedError } from '@/integrations/schema-registry'
import { APICURIO_URL, clientWith, confluentError, fakeFetch, json } from '@tests/unit/schema-registry/fake-fetch'

const CONTENT_TYPE = 'application/vnd.schemaregistry.v1+json'

describe('requests', () => {
  it('percent-encodes subjects containing /, : and spaces', async () => {
    const fake = fakeFetch(json([1]))
    await clientWith(fake.fetch).listVersions('team/orders:v1 value')
    expect(fake.calls[0]?.url).toBe('http://registry.test:8081/subjects/team%2Forders%3Av1%20value/versions')
  })

  it('keeps the base path and adds ?deleted=true only when asked', async () => {
    const fake = fakeFetch(json([]))
    const client = clientWith(fake.fetch, { baseUrl: APICURIO_URL })
    await client.listSubjects()
    await client.listSubjects({ deleted: true })
    await client.listVersions('s', { deleted: true })
    expect(fake.calls.map((call) => call.url)).toEqual([
      'http://registry.test:8080/apis/ccompat/v7/subjects?offset=0&limit=5000',
      'http://registry.test:8080/apis/ccompat/v7/subjects?deleted=true&offset=0&limit=5000',
      'http://registry.test:8080/apis/ccompat/v7/subjects/s/versions?deleted=true',
    ])
  })

  it('asks for identity encoding on loopback only (decompressing costs more than it saves there)', async () => {
    const fake = fakeFetch(json([]))
    await clientWith(fake.fetch, { baseUrl: 'http://127.0.0.1:18081/apis/ccompat/v7' }).listSubjects()
    await clientWith(fake.fetch, { baseUrl: 'http://localhost:8081' }).listSubjects()
    await clientWith(fake.fetch).listSubjects()
    expect(fake.calls.map((call) => call.headers['accept-encoding'])).toEqual(['identity', 'identity', undefined])
  })

  it('sends the Confluent content type with bodies and accepts it', async () => {
    const fake = fakeFetch(json({ id: 42 }))
    const id = await clientWith(fake.fetch).registerSchema('s', {
      schema: 'syntax = "proto3"; message A { B b = 1; }',
      schemaType: 'PROTOBUF',
      references: [{ name: 'b.proto', subject: 'b', version: 1 }],
    })
    expect(id).toBe(42)
    const call = fake.calls[0]!
    expect(call.method).toBe('POST')
    expect(call.headers['content-type']).toBe(CONTENT_TYPE)
    expect(call.headers.accept).toContain(CONTENT_TYPE)
    expect(JSON.parse(call.body!)).toEqual({
      schema: 'syntax = "proto3"; message A { B b = 1; }',
      schemaType: 'PROTOBUF',
      references: [{ name: 'b.proto', subject: 'b', version: 1 }],
    })
  })

  it('refuses non-positive or fractional versions before sending anything', async () => {
    const fake = fakeFetch(json({}))
    const client = clientWith(fake.fetch)
    await expect(client.getVersion('s', 0)).rejects.toThrow(RangeError)
    await expect(client.getVersion('s', -1)).rejects.toThrow(RangeError)
    await expect(client.deleteVersion('s', 1.5)).rejects.toThrow(RangeError)
    expect(fake.calls).toHaveLength(0)
  })
})

describe('reading versions and schemas', () => {
  it('defaults schemaType to AVRO and references to []', async () => {
    const fake = fakeFetch(json({ subject: 's', version: 2, id: 7, schema: '"string"' }))
    await expect(clientWith(fake.fetch).getVersion('s', 2, { deleted: true })).resolves.toEqual({
      subject: 's',
      version: 2,
      id: 7,
      schemaType: 'AVRO',
      schema: '"string"',
      references: [],
    })
    expect(fake.calls[0]?.url).toBe('http://registry.test:8081/subjects/s/versions/2?deleted=true')
  })

  it('exposes Confluent 8 registration time (createTs, else ts) as registeredAt', async () => {
    const base = { subject: 's', version: 1, id: 1, schema: '{}', schemaType: 'JSON' }
    const created = Date.parse('2025-03-01T10:00:00Z')
    const rewritten = Date.parse('2025-04-01T10:00:00Z')
    const both = await clientWith(fakeFetch(json({ ...base, ts: rewritten, createTs: created })).fetch).getVersion('s', 1)
    expect(both.registeredAt).toBe('2025-03-01T10:00:00.000Z')
    const tsOnly = await clientWith(fakeFetch(json({ ...base, ts: rewritten })).fetch).getVersion('s', 1)
    expect(tsOnly.registeredAt).toBe('2025-04-01T10:00:00.000Z')
  })

  it('reads a schema by id', async () => {
    const fake = fakeFetch(json({ schema: '{"type":"object"}', schemaType: 'JSON' }))
    await expect(clientWith(fake.fetch).getSchemaById(12)).resolves.toEqual({
      id: 12,
      schemaType: 'JSON',
      schema: '{"type":"object"}',
      references: [],
    })
    expect(fake.calls[0]?.url).toBe('http://registry.test:8081/schemas/ids/12')
  })
})

describe('compatibility and mode', () => {
  it('returns null when a subject has no level of its own (Confluent 40408)', async () => {
    const fake = fakeFetch(confluentError(404, 40408, "Subject 's' does not have subject-level compatibility configured"))
    await expect(clientWith(fake.fetch).getSubjectCompatibility('s')).resolves.toBeNull()
  })

  it('keeps an explicit NONE on Confluent but reads NONE as "not set" on Apicurio', async () => {
    await expect(clientWith(fakeFetch(json({ compatibilityLevel: 'NONE' })).fetch).getSubjectCompatibility('s')).resolves.toBe('NONE')
    const apicurio = clientWith(fakeFetch(json({ compatibilityLevel: 'NONE' })).fetch, { baseUrl: APICURIO_URL })
    await expect(apicurio.getSubjectCompatibility('s')).resolves.toBeNull()
    const set = clientWith(fakeFetch(json({ compatibilityLevel: 'FULL' })).fetch, { baseUrl: APICURIO_URL })
    await expect(set.getSubjectCompatibility('s')).resolves.toBe('FULL')
  })

  it('reads the global level, and the PUT shape from registries that echo it', async () => {
    await expect(clientWith(fakeFetch(json({ compatibilityLevel: 'BACKWARD' })).fetch).getGlobalCompatibility()).resolves.toBe('BACKWARD')
    await expect(clientWith(fakeFetch(json({ compatibility: 'FULL' })).fetch).getGlobalCompatibility()).resolves.toBe('FULL')
  })

  it('sets a subject level and tests compatibility (verbose)', async () => {
    const fake = fakeFetch(json({ compatibility: 'BACKWARD_TRANSITIVE' }), json({ is_compatible: false, messages: ['field b removed'] }))
    const client = clientWith(fake.fetch)
    await expect(client.setSubjectCompatibility('a/b', 'BACKWARD_TRANSITIVE')).resolves.toBe('BACKWARD_TRANSITIVE')
    await expect(client.testCompatibility('a/b', 'latest', { schema: '"int"' }, { verbose: true })).resolves.toEqual({
      isCompatible: false,
      messages: ['field b removed'],
    })
    expect(fake.calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      'PUT http://registry.test:8081/config/a%2Fb',
      'POST http://registry.test:8081/compatibility/subjects/a%2Fb/versions/latest?verbose=true',
    ])
    expect(JSON.parse(fake.calls[0]!.body!)).toEqual({ compatibility: 'BACKWARD_TRANSITIVE' })
  })

  it('returns messages: [] when the registry sends none', async () => {
    const client = clientWith(fakeFetch(json({ is_compatible: true })).fetch)
    await expect(client.testCompatibility('s', 3, { schema: '"int"' })).resolves.toEqual({ isCompatible: true, messages: [] })
  })

  it('returns the mode, or null without a /mode endpoint', async () => {
    await expect(clientWith(fakeFetch(json({ mode: 'READWRITE' })).fetch).getMode()).resolves.toBe('READWRITE')
    await expect(clientWith(fakeFetch(json({ message: 'HTTP 404 Not Found' }, 404)).fetch).getMode()).resolves.toBeNull()
  })

  it('deletes versions and subjects, permanently when asked', async () => {
    const fake = fakeFetch(json(3), json([1, 2, 3]))
    const client = clientWith(fake.fetch)
    await expect(client.deleteVersion('s', 3, { permanent: true })).resolves.toBe(3)
    await expect(client.deleteSubject('s')).resolves.toEqual([1, 2, 3])
    expect(fake.calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      'DELETE http://registry.test:8081/subjects/s/versions/3?permanent=true',
      'DELETE http://registry.test:8081/subjects/s',
    ])
  })
})

describe('feature detection', () => {
  it('probes each feature once per client and caches the answer', async () => {
    const fake = fakeFetch()
    fake.route((call) => {
      const path = new URL(call.url).pathname + new URL(call.url).search
      if (path === '/subjects?deleted=true') return json(['a'])
      if (path === '/mode') return json({ mode: 'READWRITE' })
      if (path === '/contexts') return confluentError(404, 404, 'HTTP 404 Not Found')
      if (path === '/schemas?limit=1') return json({ not: 'a list' })
      return json({}, 500)
    })
    const client = clientWith(fake.fetch)
    const features = await client.detectFeatures()
    expect(features).toEqual({ deletedListing: true, mode: true, contexts: false, schemasListing: false, versionMetadata: false })
    const sent = client.requestCount
    expect(sent).toBe(4)
    await expect(client.detectFeatures()).resolves.toEqual(features)
    expect(client.requestCount).toBe(sent)
  })

  it('does not cache a detection that failed for lack of access', async () => {
    const fake = fakeFetch(json({ message: 'no' }, 401))
    const client = clientWith(fake.fetch)
    await expect(client.detectFeatures()).rejects.toBeInstanceOf(SchemaRegistryUnauthorizedError)
    fake.route(() => json([]))
    await expect(client.detectFeatures()).resolves.toMatchObject({ deletedListing: true, contexts: true })
  })

  it('reads registration times from the Apicurio native API only behind /apis/ccompat/vN', async () => {
    const confluent = fakeFetch(json({}))
    await expect(clientWith(confluent.fetch).getVersionMetadata('s', 1)).resolves.toEqual({})
    expect(confluent.calls).toHaveLength(0)

    const apicurio = fakeFetch()
    apicurio.route((call) => {
      const path = new URL(call.url).pathname
      if (path === '/apis/registry/v3/system/info') return json({ name: 'Apicurio Registry (SQL)', version: '3.3.3' })
      if (path === '/apis/registry/v3/groups/default/artifacts/team%2Fs/versions/2') {
        return json({ version: '2', createdOn: '2026-11-27T13:54:56Z', state: 'DISABLED' })
      }
      if (path === '/apis/registry/v3/groups/default/artifacts/team%2Fs/versions') {
        return json({
          count: 2,
          versions: [
            { version: '1', createdOn: '2026-11-27T13:54:50Z' },
            { version: '2', createdOn: '2026-11-27T13:54:56Z' },
          ],
        })
      }
      return json({ title: 'not found' }, 404)
    })
    const client = clientWith(apicurio.fetch, { baseUrl: APICURIO_URL })
    await expect(client.getVersionMetadata('team/s', 2)).resolves.toEqual({ createdOn: '2026-11-27T13:54:56.000Z' })
    await expect(client.getVersionMetadata('team/s', 9)).resolves.toEqual({})
    const all = await client.listVersionMetadata('team/s')
    expect([...all.entries()]).toEqual([
      [1, { createdOn: '2026-11-27T13:54:50.000Z' }],
      [2, { createdOn: '2026-11-27T13:54:56.000Z' }],
    ])
    // system/info is probed once.
    expect(apicurio.calls.filter((call) => call.url.endsWith('/system/info'))).toHaveLength(1)
  })

  it('treats a missing native API as "no timestamps", not as a failure', async () => {
    const fake = fakeFetch(json({ message: 'nothing here' }, 404))
    const client = clientWith(fake.fetch, { baseUrl: APICURIO_URL })
    await expect(client.getVersionMetadata('s', 1)).resolves.toEqual({})
    await expect(client.getVersionMetadata('s', 2)).resolves.toEqual({})
    expect(fake.calls).toHaveLength(1)
  })
})

describe('subject listing', () => {
  const page = (from: number, count: number) => Array.from({ length: count }, (_, i) => `s${from + i}`)

  it('pages through registries that cap the listing (Apicurio answers 1,000 by default)', async () => {
    const fake = fakeFetch()
    fake.route((call) => {
      const offset = Number(new URL(call.url).searchParams.get('offset'))
      return json(offset === 0 ? page(0, 5000) : offset === 5000 ? page(5000, 1200) : [])
    })
    const subjects = await clientWith(fake.fetch).listSubjects()
    expect(subjects).toHaveLength(6200)
    expect(fake.calls).toHaveLength(2)
  })

  it('stops when a registry ignores offset and limit and repeats itself', async () => {
    const fake = fakeFetch()
    fake.route(() => json(page(0, 5000)))
    const subjects = await clientWith(fake.fetch).listSubjects()
    expect(subjects).toHaveLength(5000)
    expect(fake.calls).toHaveLength(2)
  })
})
