import type { Payload } from 'payload'

import { type ClusterConnection, connectionOf, type ConnectionSecrets } from '@/integrations/cluster-connection'
import { decryptSecret } from '@/lib/crypto/secrets'
import { env } from '@/lib/env'
import type { KafkaCluster } from '@/payload-types'

export type StoredSecrets = {
  saslPasswordEncrypted?: string | null
  schemaRegistryPasswordEncrypted?: string | null
  schemaRegistryTokenEncrypted?: string | null
}

async function loadStored(payload: Payload, clusterId: number): Promise<KafkaCluster & StoredSecrets> {
  return await payload.findByID({
    collection: 'kafka-clusters',
    id: clusterId,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
}

export async function loadClusterConnection(payload: Payload, clusterId: number): Promise<ClusterConnection> {
  return toConnection(await loadStored(payload, clusterId))
}

/** A saved cluster's secrets, decrypted: "test connection" on the form uses them for the inputs left empty. */
export async function loadStoredSecrets(payload: Payload, clusterId: number): Promise<ConnectionSecrets> {
  return storedSecrets(await loadStored(payload, clusterId))
}

export function toConnection(doc: KafkaCluster & StoredSecrets): ClusterConnection {
  return connectionOf(doc, storedSecrets(doc))
}

/** The document's secrets, decrypted (an absent one stays absent). */
export function storedSecrets(doc: StoredSecrets): ConnectionSecrets {
  const key = env().ORBIT_SECRET_KEY
  const secret = (stored?: string | null) => (stored ? decryptSecret(stored, key) : undefined)
  return {
    saslPassword: secret(doc.saslPasswordEncrypted),
    schemaRegistryPassword: secret(doc.schemaRegistryPasswordEncrypted),
    schemaRegistryToken: secret(doc.schemaRegistryTokenEncrypted),
  }
}
