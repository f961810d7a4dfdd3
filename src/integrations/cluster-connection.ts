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
