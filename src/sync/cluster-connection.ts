import type { Payload } from 'payload'

import type { ClusterConnection } from '@/integrations/cluster-connection'
import type { SchemaRegistryAuth } from '@/integrations/schema-registry'
import { decryptSecret } from '@/lib/crypto/secrets'
import { env } from '@/lib/env'
import type { KafkaCluster } from '@/payload-types'

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
  const registryAuth: SchemaRegistryAuth | undefined = registryToken
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
