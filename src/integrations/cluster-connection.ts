import type { SchemaRegistryAuth } from '@/integrations/schema-registry/http'

/** How a client reaches a Kafka broker, in Kafka's own names (also the cluster form's options). */
export const SECURITY_PROTOCOLS = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'] as const
export type SecurityProtocol = (typeof SECURITY_PROTOCOLS)[number]
export const SASL_MECHANISMS = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'] as const
export type SaslMechanism = (typeof SASL_MECHANISMS)[number]

/** Everything needed to reach one cluster and its registry, secrets decrypted. Server-side only. */
export type ClusterConnection = {
  id: number
  name: string
  enabled: boolean
  bootstrapServers: string[]
  securityProtocol: SecurityProtocol
  sasl?: { mechanism: SaslMechanism; username: string; password: string }
  caCertificate?: string
  schemaRegistry?: { url: string; auth?: SchemaRegistryAuth }
}

/** "host:port[,host:port…]", as the cluster form accepts it. */
export const BOOTSTRAP_SERVERS_HINT = 'Expected host:port[,host:port...]'
export function isBootstrapServerList(value: string): boolean {
  return value.split(',').every((s) => /^[^\s:,]+:\d{1,5}$/.test(s.trim()))
}

/** A cluster's connection settings as the form and the stored document name them (secrets apart). */
export type ConnectionSettings = {
  id: number
  name: string
  enabled?: boolean | null
  bootstrapServers: string
  securityProtocol: SecurityProtocol
  saslMechanism?: SaslMechanism | null
  saslUsername?: string | null
  caCertificate?: string | null
  schemaRegistryUrl?: string | null
  schemaRegistryUsername?: string | null
}
export type ConnectionSecrets = { saslPassword?: string; schemaRegistryPassword?: string; schemaRegistryToken?: string }

/**
 * Settings and plain secrets as one connection: SASL only for a SASL_ protocol with a mechanism and
 * user; the registry's bearer token wins over basic auth, which needs both user and password.
 */
export function connectionOf(settings: ConnectionSettings, secrets: ConnectionSecrets): ClusterConnection {
  const registryAuth: SchemaRegistryAuth | undefined = secrets.schemaRegistryToken
    ? { type: 'bearer', token: secrets.schemaRegistryToken }
    : settings.schemaRegistryUsername && secrets.schemaRegistryPassword
      ? { type: 'basic', username: settings.schemaRegistryUsername, password: secrets.schemaRegistryPassword }
      : undefined
  return {
    id: settings.id,
    name: settings.name,
    enabled: settings.enabled !== false,
    bootstrapServers: settings.bootstrapServers.split(',').map((s) => s.trim()),
    securityProtocol: settings.securityProtocol,
    sasl:
      settings.securityProtocol.startsWith('SASL_') && settings.saslMechanism && settings.saslUsername
        ? { mechanism: settings.saslMechanism, username: settings.saslUsername, password: secrets.saslPassword ?? '' }
        : undefined,
    caCertificate: settings.caCertificate ?? undefined,
    schemaRegistry: settings.schemaRegistryUrl ? { url: settings.schemaRegistryUrl, auth: registryAuth } : undefined,
  }
}
