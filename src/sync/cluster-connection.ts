import type { Payload } from 'payload'

import { decryptSecret } from '@/lib/crypto/secrets'
import { env } from '@/lib/env'
import type { KafkaCluster } from '@/payload-types'

export type RegistryAuth = { type: 'basic'; username: string; password: string } | { type: 'bearer'; token: string }

/** Everything needed to reach one cluster and its registry, secrets decrypted. Server-side only. */
export type ClusterConnection = {
  id: number
  name: string
  enabled: boolean
  bootstrapServers: string[]
  securityProtocol: KafkaCluster['securityProtocol']
  sasl?: { mechanism: NonNullable<KafkaCluster['saslMechanism']>; username: string; password: string }
  caCertificate?: string
  schemaRegistry?: { url: string; auth?: RegistryAuth }
}

type StoredSecrets = {
  saslPasswordEncrypted?: string | null
  schemaRegistryPasswordEncrypted?: string | null
  schemaRegistryTokenEncrypted?: string | null
}

export async function loadClusterConnection(payload: Payload, clusterId: number): Promise<ClusterConnection> {
  const doc = (await payload.findByID({
    collection: 'kafka-clusters',
    id: clusterId,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })) as KafkaCluster & StoredSecrets
  return toConnection(doc)
}

export function toConnection(doc: KafkaCluster & StoredSecrets): ClusterConnection {
  const key = env().ORBIT_SECRET_KEY
  const secret = (stored?: string | null) => (stored ? decryptSecret(stored, key) : undefined)
  const saslPassword = secret(doc.saslPasswordEncrypted)
  const registryPassword = secret(doc.schemaRegistryPasswordEncrypted)
  const registryToken = secret(doc.schemaRegistryTokenEncrypted)
  const registryAuth: RegistryAuth | undefined = registryToken
    ? { type: 'bearer', token: registryToken }
    : doc.schemaRegistryUsername && registryPassword
      ? { type: 'basic', username: doc.schemaRegistryUsername, password: registryPassword }
      : undefined
  return {
    id: doc.id,
    name: doc.name,
    enabled: doc.enabled !== false,
    bootstrapServers: doc.bootstrapServers.split(',').map((s) => s.trim()),
    securityProtocol: doc.securityProtocol,
    sasl:
      doc.securityProtocol.startsWith('SASL_') && doc.saslMechanism && doc.saslUsername
        ? { mechanism: doc.saslMechanism, username: doc.saslUsername, password: saslPassword ?? '' }
        : undefined,
    caCertificate: doc.caCertificate ?? undefined,
    schemaRegistry: doc.schemaRegistryUrl ? { url: doc.schemaRegistryUrl, auth: registryAuth } : undefined,
  }
}
