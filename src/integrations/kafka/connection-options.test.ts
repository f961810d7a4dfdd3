import { describe, expect, it } from 'vitest'

import { parseBroker, toConnectionOptions } from '@/integrations/kafka/connection-options'
import { KafkaAuthenticationError, KafkaTimeoutError, KafkaUnreachableError, toKafkaAdminError } from '@/integrations/kafka/errors'
import type { ClusterConnection } from '@/integrations/cluster-connection'

const base: ClusterConnection = { id: 1, name: 'c', enabled: true, bootstrapServers: ['b:9092'], securityProtocol: 'PLAINTEXT' }
const timeouts = { connectTimeoutMs: 1_000, requestTimeoutMs: 2_000 }
const sasl = { mechanism: 'SCRAM-SHA-512' as const, username: 'u', password: 'p' }

describe('parseBroker', () => {
  it('reads host and port, IPv6 in brackets, and defaults the port to 9092', () => {
    expect(parseBroker(' kafka-1:19092 ')).toEqual({ host: 'kafka-1', port: 19092 })
    expect(parseBroker('[::1]:9093')).toEqual({ host: '::1', port: 9093 })
    expect(parseBroker('kafka-1')).toEqual({ host: 'kafka-1', port: 9092 })
  })
})

describe('toConnectionOptions', () => {
  it('PLAINTEXT: no TLS, no SASL, the timeouts and the owner context', () => {
    const owner = {}
    expect(toConnectionOptions(base, timeouts, owner)).toEqual({
      connectTimeout: 1_000,
      requestTimeout: 2_000,
      tls: undefined,
      sasl: undefined,
      context: owner,
    })
  })

  it('SSL trusts the CA certificate when given, else the system CAs', () => {
    expect(toConnectionOptions({ ...base, securityProtocol: 'SSL', caCertificate: 'PEM' }, timeouts, null).tls).toEqual({ ca: 'PEM' })
    expect(toConnectionOptions({ ...base, securityProtocol: 'SSL' }, timeouts, null).tls).toEqual({})
  })

  it('SASL_SSL and SASL_PLAINTEXT authenticate; SASL settings are ignored without a SASL protocol', () => {
    expect(toConnectionOptions({ ...base, securityProtocol: 'SASL_SSL', sasl }, timeouts, null)).toMatchObject({ tls: {}, sasl })
    expect(toConnectionOptions({ ...base, securityProtocol: 'SASL_PLAINTEXT', sasl }, timeouts, null)).toMatchObject({ tls: undefined, sasl })
    expect(toConnectionOptions({ ...base, sasl }, timeouts, null).sasl).toBeUndefined()
    expect(() => toConnectionOptions({ ...base, securityProtocol: 'SASL_SSL' }, timeouts, null)).toThrow(/no SASL mechanism/)
  })
})

describe('toKafkaAdminError', () => {
  const where = { brokers: ['b:9092'], operation: 'listGroups' }
  const libraryError = (code: string, message: string, cause?: Error) => Object.assign(new Error(message, { cause }), { code })

  it('classifies authentication, timeout and network failures found anywhere in the error chain', () => {
    const auth = new AggregateError(
      [libraryError('PLT_KFK_NETWORK', 'Connection failed.', libraryError('PLT_KFK_AUTHENTICATION', 'SASL authentication failed.'))],
      'x',
    )
    expect(toKafkaAdminError(auth, where)).toBeInstanceOf(KafkaAuthenticationError)
    expect(toKafkaAdminError(libraryError('PLT_KFK_NETWORK', 'Request timed out'), where)).toBeInstanceOf(KafkaTimeoutError)
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { errno: -111 })
    const error = toKafkaAdminError(libraryError('PLT_KFK_NETWORK', 'Connection to 127.0.0.1:1 failed.', refused), where)
    expect(error).toBeInstanceOf(KafkaUnreachableError)
    expect(error.message).toBe('Kafka is unreachable (listGroups on b:9092): connect ECONNREFUSED 127.0.0.1:1')
  })
})
