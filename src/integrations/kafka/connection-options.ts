import type { ConnectionOptions, SASLOptions } from '@platformatic/kafka'

import type { ClusterConnection } from '@/integrations/cluster-connection'

export type BrokerAddress = { host: string; port: number }

export type KafkaTimeouts = {
  /** TCP (and TLS/SASL) connection establishment, per broker. */
  connectTimeoutMs: number
  /** One protocol request, from send to response. */
  requestTimeoutMs: number
}

const DEFAULT_PORT = 9092

/** "host:port" (IPv6 as "[::1]:9092") into an address; a missing port means 9092. */
export function parseBroker(server: string): BrokerAddress {
  const trimmed = server.trim()
  const ipv6 = /^\[(.+)\](?::(\d+))?$/.exec(trimmed)
  if (ipv6) return { host: ipv6[1]!, port: ipv6[2] ? Number(ipv6[2]) : DEFAULT_PORT }
  const colon = trimmed.lastIndexOf(':')
  if (colon < 0) return { host: trimmed, port: DEFAULT_PORT }
  return { host: trimmed.slice(0, colon), port: Number(trimmed.slice(colon + 1)) }
}

/**
 * Maps a cluster's connection settings to @platformatic/kafka connection options:
 * SSL and SASL_SSL turn TLS on (trusting `caCertificate` when given, else the system CAs);
 * SASL_PLAINTEXT and SASL_SSL authenticate with PLAIN or SCRAM-SHA-256/512.
 */
export function toConnectionOptions(connection: ClusterConnection, timeouts: KafkaTimeouts, context: unknown): ConnectionOptions {
  const protocol = connection.securityProtocol
  const useTls = protocol === 'SSL' || protocol === 'SASL_SSL'
  const useSasl = protocol === 'SASL_PLAINTEXT' || protocol === 'SASL_SSL'
  if (useSasl && !connection.sasl) {
    throw new Error(`Cluster "${connection.name}" uses ${protocol} but has no SASL mechanism and username configured`)
  }
  const sasl: SASLOptions | undefined =
    useSasl && connection.sasl ? { mechanism: connection.sasl.mechanism, username: connection.sasl.username, password: connection.sasl.password } : undefined
  return {
    connectTimeout: timeouts.connectTimeoutMs,
    requestTimeout: timeouts.requestTimeoutMs,
    tls: useTls ? (connection.caCertificate ? { ca: connection.caCertificate } : {}) : undefined,
    sasl,
    context,
  }
}
