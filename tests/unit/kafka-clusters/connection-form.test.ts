import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { ConnectionReportList } from '@/collections/KafkaClusters/components/ConnectionReportList'
import { connectionFormSchema, connectionFromForm } from '@/collections/KafkaClusters/connection-form'

const parse = (values: Record<string, unknown>) => connectionFormSchema.parse({ bootstrapServers: 'k1:9092', securityProtocol: 'PLAINTEXT', ...values })

describe('connectionFromForm', () => {
  it('reads SASL and basic registry auth from the typed values', () => {
    const form = parse({
      bootstrapServers: ' k1:9092, k2:9092 ',
      securityProtocol: 'SASL_PLAINTEXT',
      saslMechanism: 'SCRAM-SHA-256',
      saslUsername: 'orbit',
      saslPassword: 'typed-secret',
      schemaRegistryUrl: 'http://registry:8081/apis/ccompat/v7',
      schemaRegistryUsername: 'reader',
      schemaRegistryPassword: 'registry-secret',
    })
    expect(connectionFromForm(form)).toMatchObject({
      bootstrapServers: ['k1:9092', 'k2:9092'],
      sasl: { mechanism: 'SCRAM-SHA-256', username: 'orbit', password: 'typed-secret' },
      schemaRegistry: { url: 'http://registry:8081/apis/ccompat/v7', auth: { type: 'basic', username: 'reader', password: 'registry-secret' } },
    })
  })

  it('keeps a saved secret for an input left empty, drops it for "clear", replaces it when typed', () => {
    const stored = { saslPassword: 'stored-sasl', schemaRegistryPassword: 'stored-registry', schemaRegistryToken: 'stored-token' }
    const base = { securityProtocol: 'SASL_SSL', saslMechanism: 'PLAIN', saslUsername: 'orbit', schemaRegistryUrl: 'https://r', schemaRegistryUsername: 'u' }
    const kept = connectionFromForm(parse({ ...base, saslPassword: '', clusterId: 4 }), stored)
    expect(kept.sasl?.password).toBe('stored-sasl')
    expect(kept.schemaRegistry?.auth).toEqual({ type: 'bearer', token: 'stored-token' })
    const cleared = connectionFromForm(parse({ ...base, saslPassword: 'new', schemaRegistryToken: 'clear' }), stored)
    expect(cleared.sasl?.password).toBe('new')
    expect(cleared.schemaRegistry?.auth).toEqual({ type: 'basic', username: 'u', password: 'stored-registry' })
  })

  it('has no SASL for a protocol without it and no registry without a URL', () => {
    const connection = connectionFromForm(parse({ saslMechanism: 'PLAIN', saslUsername: 'orbit', saslPassword: 'x', schemaRegistryUrl: '' }))
    expect(connection.sasl).toBeUndefined()
    expect(connection.schemaRegistry).toBeUndefined()
  })
})

describe('connectionFormSchema', () => {
  it('refuses a bootstrap list without ports and a registry URL that is not http(s)', () => {
    const result = connectionFormSchema.safeParse({ bootstrapServers: 'k1', securityProtocol: 'PLAINTEXT', schemaRegistryUrl: 'file:///etc/passwd' })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['bootstrapServers', 'schemaRegistryUrl'])
  })
})

describe('ConnectionReportList', () => {
  it('renders a hostile host name in a detail as text', () => {
    const html = renderToStaticMarkup(
      createElement(ConnectionReportList, {
        report: {
          ok: false,
          checks: [{ step: 'bootstrap', label: 'Bootstrap servers', state: 'failed', detail: 'unreachable <img src=x onerror=alert(1)>:9092' }],
        },
      }),
    )
    expect(html).toContain('unreachable &lt;img src=x onerror=alert(1)&gt;:9092')
    expect(html).not.toContain('<img')
  })
})
