import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig } from 'payload'

import {
  KafkaApplications,
  KafkaClusters,
  KafkaConsumerGroupLagHistory,
  KafkaConsumerGroups,
  KafkaPartitionOffsets,
  KafkaSchemas,
  KafkaSchemaVersions,
  KafkaTopics,
  KafkaVirtualClusters,
  lockDownInternalCollections,
  SyncLeases,
  SyncRuns,
  Users,
  WorkspaceMembers,
  Workspaces,
} from '@/collections'
import { metricsEndpoint } from '@/features/metrics/endpoint'
import { schemaCheckEndpoint } from '@/features/schemas/check-endpoint'
import { databaseAdapter } from '@/lib/database'
import { env } from '@/lib/env'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Payload adds its internal collections (locks, preferences, migrations) while building the config;
// their rules can only be set on the result.
export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Orbit Kafka' },
  },
  collections: [
    Users,
    Workspaces,
    WorkspaceMembers,
    KafkaClusters,
    KafkaApplications,
    KafkaVirtualClusters,
    KafkaTopics,
    KafkaSchemas,
    KafkaSchemaVersions,
    KafkaConsumerGroups,
    KafkaConsumerGroupLagHistory,
    KafkaPartitionOffsets,
    SyncRuns,
    SyncLeases,
  ],
  endpoints: [metricsEndpoint({ token: env().ORBIT_METRICS_TOKEN }), schemaCheckEndpoint],
  db: databaseAdapter(),
  secret: env().PAYLOAD_SECRET,
  serverURL: env().NEXT_PUBLIC_SERVER_URL,
  // Types are generated on purpose (npm run generate:types), not by every dev process that boots Payload.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
}).then(lockDownInternalCollections)
