import type { ClusterConnection } from '@/integrations/cluster-connection'
import { connectionReport, type ConnectionReport, type KafkaProbe, type RegistryProbe } from '@/integrations/connection-report'
import { createKafkaAdminClient } from '@/integrations/kafka'
import { KafkaAuthenticationError, KafkaTimeoutError, KafkaUnreachableError } from '@/integrations/kafka/errors'
import { createSchemaRegistryClient, SchemaRegistryUnauthorizedError } from '@/integrations/schema-registry'
import { REDACTED, scrubCredentials } from '@/lib/scrub-credentials'

/** Short bounds: an admin waits for the answer (a sync allows 10 s per connection and retries). */
const KAFKA_TIMEOUTS = { connectTimeoutMs: 5_000, requestTimeoutMs: 5_000, operationTimeoutMs: 10_000 }
const REGISTRY_TIMEOUT_MS = 5_000

/**
 * "Test connection": one Metadata request to the bootstrap servers (with SASL when configured) and
 * one GET /config to the registry, both at once. Messages are scrubbed of credentials (URL userinfo,
 * tokens) and of the connection's own secrets, so the report can be shown as it is.
 */
export async function testClusterConnection(connection: ClusterConnection): Promise<ConnectionReport> {
  const secrets = [connection.sasl?.password, registrySecret(connection)].filter((s): s is string => Boolean(s && s.length >= 3))
  const clean = (error: unknown) => scrub(error instanceof Error ? error.message : String(error), secrets)
  const [kafka, registry] = await Promise.all([probeKafka(connection, clean), probeRegistry(connection, clean)])
  return connectionReport(kafka, connection.sasl?.mechanism ?? null, registry)
}

async function probeKafka(connection: ClusterConnection, clean: (error: unknown) => string): Promise<KafkaProbe> {
  let client: ReturnType<typeof createKafkaAdminClient> | undefined
  try {
    client = createKafkaAdminClient(connection, { clientId: 'orbit-connection-test', ...KAFKA_TIMEOUTS })
    const topics = await client.listTopics()
    return { kind: 'ok', topics: topics.filter((t) => !t.internal).length }
  } catch (error) {
    const kind =
      error instanceof KafkaAuthenticationError
        ? 'authentication'
        : error instanceof KafkaUnreachableError
          ? 'unreachable'
          : error instanceof KafkaTimeoutError
            ? 'timeout'
            : 'other'
    return { kind, message: clean(error) }
  } finally {
    await client?.close().catch(() => undefined)
  }
}

async function probeRegistry(connection: ClusterConnection, clean: (error: unknown) => string): Promise<RegistryProbe> {
  if (!connection.schemaRegistry) return { kind: 'none' }
  try {
    const client = createSchemaRegistryClient({
      baseUrl: connection.schemaRegistry.url,
      auth: connection.schemaRegistry.auth,
      timeoutMs: REGISTRY_TIMEOUT_MS,
      retries: 0,
    })
    return { kind: 'ok', compatibility: await client.getGlobalCompatibility() }
  } catch (error) {
    return { kind: error instanceof SchemaRegistryUnauthorizedError ? 'unauthorized' : 'failed', message: clean(error) }
  }
}

function registrySecret(connection: ClusterConnection): string | undefined {
  const auth = connection.schemaRegistry?.auth
  if (!auth) return undefined
  return auth.type === 'bearer' ? auth.token : auth.password
}

function scrub(message: string, secrets: string[]): string {
  return secrets.reduce((text, secret) => text.split(secret).join(REDACTED), scrubCredentials(message))
}
