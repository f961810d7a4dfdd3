import { describe, expect, it } from 'vitest'

import { SENSITIVE_VALUE } from '@/integrations/schema-registry'
import { APICURIO_URL, clientWith, confluentError, fakeFetch, json } from '@tests/unit/schema-registry/fake-fetch'

// Response shapes as docs.confluent.io documents them for Confluent Platform 8 / Cloud: a version
// carries `guid`, data-contract `metadata` (properties, tags, sensitive) and a `ruleSet`.
const version = {
  subject: 'orders-value',
  version: 3,
  id: 100042,
  guid: '7d5a8c1e-2b3f-4a6d-9e0f-1c2d3e4f5a6b',
  schema: '{"type":"string"}',
  metadata: {
    properties: { owner: 'team-orders', 'api.token': 's3cr3t' },
    tags: { 'Order.email': ['PII'] },
    sensitive: ['api.token'],
  },
  ruleSet: {
    domainRules: [{ name: 'checkEmail', kind: 'CONDITION', mode: 'WRITE', type: 'CEL', expr: "message.email.contains('@')" }],
    migrationRules: [{ name: 'upgrade', kind: 'TRANSFORM', mode: 'UPGRADE', type: 'JSONATA', disabled: true }],
  },
}

describe('Confluent 8 fields of a version', () => {
  it('carries the GUID, the metadata and the rule set, without the values of sensitive properties', async () => {
    const found = await clientWith(fakeFetch(json(version)).fetch).getVersion('orders-value', 3)
    expect(found.guid).toBe(version.guid)
    expect(found.metadata).toEqual({
      properties: { owner: 'team-orders', 'api.token': SENSITIVE_VALUE },
      tags: { 'Order.email': ['PII'] },
      sensitive: ['api.token'],
    })
    expect(found.ruleSet?.domainRules?.[0]).toMatchObject({ name: 'checkEmail', kind: 'CONDITION', mode: 'WRITE', type: 'CEL' })
    expect(found.ruleSet?.migrationRules?.[0]).toMatchObject({ name: 'upgrade', disabled: true })
  })

  it('leaves them out for registries that do not send them (Apicurio, older Confluent)', async () => {
    const { guid: _guid, metadata: _metadata, ruleSet: _ruleSet, ...plain } = version
    const found = await clientWith(fakeFetch(json(plain)).fetch).getVersion('orders-value', 3)
    expect(Object.keys(found).sort()).toEqual(['id', 'references', 'schema', 'schemaType', 'subject', 'version'])
  })
})

describe('contexts and modes', () => {
  it('lists contexts, and [] without a /contexts endpoint', async () => {
    expect(await clientWith(fakeFetch(json(['.', '.staging'])).fetch).listContexts()).toEqual(['.', '.staging'])
    expect(await clientWith(fakeFetch(confluentError(404, 404, 'HTTP 404 Not Found')).fetch).listContexts()).toEqual([])
  })

  it("lists a context's subjects with subjectPrefix :.ctx:", async () => {
    const fake = fakeFetch(json([':.staging:orders-value']))
    expect(await clientWith(fake.fetch).listSubjects({ subjectPrefix: ':.staging:' })).toEqual([':.staging:orders-value'])
    expect(fake.calls[0]?.url).toBe('http://registry.test:8081/subjects?subjectPrefix=%3A.staging%3A&offset=0&limit=5000')
  })

  it("asks a subject's mode falling back to the global one; on Apicurio the global mode applies without asking", async () => {
    const fake = fakeFetch(json({ mode: 'READONLY' }))
    expect(await clientWith(fake.fetch).getSubjectMode(':.staging:orders-value')).toBe('READONLY')
    expect(fake.calls[0]?.url).toBe('http://registry.test:8081/mode/%3A.staging%3Aorders-value?defaultToGlobal=true')
    const apicurio = fakeFetch(json({ mode: 'READWRITE' }))
    expect(await clientWith(apicurio.fetch, { baseUrl: APICURIO_URL }).getSubjectMode('orders-value')).toBeNull()
    expect(apicurio.calls).toEqual([])
  })
})
