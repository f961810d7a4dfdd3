import { describe, expect, it } from 'vitest'

import {
  SchemaRegistryError,
  SchemaRegistryErrorCode,
  SchemaRegistryInvalidPayloadError,
  SchemaRegistryNotFoundError,
  SchemaRegistryRequestError,
  SchemaRegistryUnauthorizedError,
  SchemaRegistryUnreachableError,
} from '@/integrations/schema-registry'
import { clientWith, confluentError, connectionRefused, fakeFetch, json } from '@tests/unit/schema-registry/fake-fetch'

describe('error classes and messages', () => {
  it('maps 401 and 403 to Unauthorized with a hint, never the credentials', async () => {
    const fake = fakeFetch(confluentError(401, 40101, 'Unauthorized'))
    const client = clientWith(fake.fetch, { auth: { type: 'basic', username: 'svc-orbit', password: 'hunter2-secret' } })
    const error = (await client.listSubjects().catch((e: unknown) => e)) as SchemaRegistryUnauthorizedError
    expect(error).toBeInstanceOf(SchemaRegistryUnauthorizedError)
    expect(error).toBeInstanceOf(SchemaRegistryError)
    expect(error.status).toBe(401)
    expect(error.url).toBe('http://registry.test:8081/subjects?offset=0&limit=5000')
    expect(error.message).toContain('GET http://registry.test:8081/subjects')
    expect(error.message).toContain('check the configured Schema Registry credentials')
    expect(error.message).not.toContain('hunter2')

    const forbidden = fakeFetch(json({ message: 'forbidden' }, 403))
    const anonymous = (await clientWith(forbidden.fetch)
      .getGlobalCompatibility()
      .catch((e: unknown) => e)) as Error
    expect(anonymous).toBeInstanceOf(SchemaRegistryUnauthorizedError)
    expect(anonymous.message).toContain('none are configured')
  })

  it.each([
    [SchemaRegistryErrorCode.subjectNotFound, "Subject 'x' not found."],
    [SchemaRegistryErrorCode.versionNotFound, 'Version 7 not found.'],
    [SchemaRegistryErrorCode.schemaNotFound, 'Schema 9 not found.'],
  ])('maps 404 with error_code %i to NotFound with that code', async (code, message) => {
    const fake = fakeFetch(confluentError(404, code, message))
    const error = (await clientWith(fake.fetch)
      .getVersion('x', 7)
      .catch((e: unknown) => e)) as SchemaRegistryNotFoundError
    expect(error).toBeInstanceOf(SchemaRegistryNotFoundError)
    expect(error.status).toBe(404)
    expect(error.errorCode).toBe(code)
    expect(error.message).toContain(`error ${code}: ${message}`)
    expect(error.message).toContain('http://registry.test:8081/subjects/x/versions/7')
  })

  it('says the base URL may be wrong when a 404 carries no Confluent error code', async () => {
    const fake = fakeFetch(new Response('<html>Not Found</html>', { status: 404, headers: { 'Content-Type': 'text/html' } }))
    const error = (await clientWith(fake.fetch)
      .listSubjects()
      .catch((e: unknown) => e)) as SchemaRegistryNotFoundError
    expect(error).toBeInstanceOf(SchemaRegistryNotFoundError)
    expect(error.errorCode).toBeUndefined()
    expect(error.message).toContain('check the base URL')
  })

  it('maps other 4xx to RequestError with the registry message (e.g. 409 incompatible)', async () => {
    const fake = fakeFetch(confluentError(409, 409, 'Schema being registered is incompatible with an earlier schema'))
    const error = (await clientWith(fake.fetch)
      .registerSchema('s', { schema: '"string"' })
      .catch((e: unknown) => e)) as SchemaRegistryRequestError
    expect(error).toBeInstanceOf(SchemaRegistryRequestError)
    expect(error.status).toBe(409)
    expect(error.message).toContain('incompatible with an earlier schema')
  })

  it('names the first invalid path when a response fails validation', async () => {
    const cases: Array<[() => Promise<unknown>, unknown, string]> = [
      [() => clientOf(['a', 2]).listSubjects(), ['a', 2], '1'],
      [() => clientOf({}).listSubjects(), {}, '(root)'],
      [() => clientOf({ subject: 's', version: 1, id: 3 }).getVersion('s', 1), null, 'schema'],
      [
        () => clientOf({ subject: 's', version: 1, id: 3, schema: '{}', references: [{ name: 'n', subject: 'r', version: 'x' }] }).getVersion('s', 1),
        null,
        'references.0.version',
      ],
      [() => clientOf({ subject: 's', version: 1, id: 3, schema: '{}', schemaType: 'XML' }).getVersion('s', 1), null, 'schemaType'],
      [() => clientOf({ compatibilityLevel: 'SIDEWAYS' }).getGlobalCompatibility(), null, 'compatibilityLevel'],
    ]
    for (const [run, , path] of cases) {
      const error = (await run().catch((e: unknown) => e)) as SchemaRegistryInvalidPayloadError
      expect(error).toBeInstanceOf(SchemaRegistryInvalidPayloadError)
      expect(error.issuePath).toBe(path)
      expect(error.message).toContain(`at ${path}`)
      expect(error.status).toBe(200)
    }
  })

  it('reports a 2xx body that is not JSON as an invalid payload', async () => {
    const fake = fakeFetch(new Response('<html>login</html>', { status: 200 }))
    const error = (await clientWith(fake.fetch)
      .listSubjects()
      .catch((e: unknown) => e)) as SchemaRegistryInvalidPayloadError
    expect(error).toBeInstanceOf(SchemaRegistryInvalidPayloadError)
    expect(error.issuePath).toBe('(root)')
    expect(error.message).toContain('not JSON')
    expect(fake.calls).toHaveLength(1)
  })
})

describe('authentication', () => {
  it('sends basic auth', async () => {
    const fake = fakeFetch(json([]))
    await clientWith(fake.fetch, { auth: { type: 'basic', username: 'user', password: 'pä:ss' } }).listSubjects()
    const expected = `Basic ${Buffer.from('user:pä:ss', 'utf8').toString('base64')}`
    expect(fake.calls[0]?.headers.authorization).toBe(expected)
  })

  it('sends a bearer token', async () => {
    const fake = fakeFetch(json([]))
    await clientWith(fake.fetch, { auth: { type: 'bearer', token: 'tok-123' } }).listSubjects()
    expect(fake.calls[0]?.headers.authorization).toBe('Bearer tok-123')
  })

  it('sends no Authorization header without auth', async () => {
    const fake = fakeFetch(json([]))
    await clientWith(fake.fetch).listSubjects()
    expect(fake.calls[0]?.headers.authorization).toBeUndefined()
  })

  it('moves credentials out of the base URL into basic auth and out of every message', async () => {
    const fake = fakeFetch(connectionRefused())
    const client = clientWith(fake.fetch, { baseUrl: 'https://svc:s3cr%40t@registry.test/sr/', retries: 0 })
    expect(client.baseUrl).toBe('https://registry.test/sr')
    const error = (await client.listSubjects().catch((e: unknown) => e)) as SchemaRegistryUnreachableError
    expect(error).toBeInstanceOf(SchemaRegistryUnreachableError)
    expect(fake.calls[0]?.url).toBe('https://registry.test/sr/subjects?offset=0&limit=5000')
    expect(fake.calls[0]?.headers.authorization).toBe(`Basic ${Buffer.from('svc:s3cr@t').toString('base64')}`)
    expect(error.message).not.toContain('s3cr')
    expect(error.url).not.toContain('s3cr')
  })

  it('rejects a base URL that is not http(s) without echoing credentials', () => {
    expect(() => clientWith(fakeFetch().fetch, { baseUrl: 'not a url' })).toThrow(TypeError)
    expect(() => clientWith(fakeFetch().fetch, { baseUrl: 'ftp://registry.test' })).toThrow(/http or https/)
    expect(() => clientWith(fakeFetch().fetch, { baseUrl: 'http//u:pw@x' })).toThrow(TypeError)
    try {
      clientWith(fakeFetch().fetch, { baseUrl: '//u:pw@x' })
    } catch (error) {
      expect(String(error)).not.toContain('pw')
    }
  })
})

function clientOf(body: unknown) {
  return clientWith(fakeFetch(json(body)).fetch)
}
