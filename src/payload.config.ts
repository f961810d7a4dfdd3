import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig } from 'payload'

import {
  AlertChannels,
  AlertDeliveries,
  AlertEvents,
  AlertRules,
  AlertStates,
  IdentitySessions,
  KafkaApplications,
  KafkaClusters,
  KafkaConsumerGroupEvents,
  KafkaConsumerGroupLag,
  KafkaConsumerGroupLagHistory,
  KafkaConsumerGroups,
  KafkaMetricsSnapshots,
  KafkaPartitionOffsets,
  KafkaSchemas,
  KafkaSchemaVersions,
  KafkaTopics,
  KafkaVirtualClusters,
  lockDownInternalCollections,
  SyncLeases,
  SyncRuns,
  SyncStaging,
  Users,
  WorkspaceMembers,
  Workspaces,
} from '@/collections'
import { capReads } from '@/collections/readCaps'
import { TooManyAuthAttempts } from '@/collections/Users/hooks/limitAuthAttempts'
import { channelTestEndpoint } from '@/features/alerting/channels/test-endpoint'
import { prometheusRulesEndpoint } from '@/features/alerting/prometheus-rules-endpoint'
import { metricsEndpoint } from '@/features/metrics/endpoint'
import { schemaCheckEndpoint } from '@/features/schemas/check-endpoint'
import { databaseAdapter } from '@/lib/database'
import { env } from '@/lib/env'
import { accessQueryWithAdminFlag } from '@/lib/graphql-access-query'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Payload adds its internal collections (locks, preferences, migrations) while building the config;
// their rules and read caps can only be set on the result.
export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Orbit Kafka' },
    // Payload's default Gravatar sends every admin's email hash to a third party (and the CSP's img-src forbids it).
    avatar: 'default',
  },
  collections: [
    Users,
    Workspaces,
    WorkspaceMembers,
    IdentitySessions,
    KafkaClusters,
    KafkaApplications,
    KafkaVirtualClusters,
    KafkaTopics,
    KafkaSchemas,
    KafkaSchemaVersions,
    KafkaConsumerGroups,
    KafkaConsumerGroupLag,
    KafkaConsumerGroupLagHistory,
    KafkaConsumerGroupEvents,
    KafkaPartitionOffsets,
    KafkaMetricsSnapshots,
    SyncRuns,
    SyncLeases,
    SyncStaging,
    AlertChannels,
    AlertDeliveries,
    AlertRules,
    AlertStates,
    AlertEvents,
  ],
  endpoints: [metricsEndpoint({ token: env().ORBIT_METRICS_TOKEN }), schemaCheckEndpoint, channelTestEndpoint, prometheusRulesEndpoint],
  db: databaseAdapter(),
  secret: env().PAYLOAD_SECRET,
  // Unset: links and the admin's API calls stay relative, so the app works under any name it is opened at.
  serverURL: env().NEXT_PUBLIC_SERVER_URL ?? '',
  // Payload ignores the session cookie of a request from another origin; src/proxy.ts refuses such
  // a change with a message naming the setting.
  csrf: env().allowedOrigins,
  cors: env().allowedOrigins,
  // Types are generated on purpose (npm run generate:types), not by every dev process that boots Payload.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  graphQL: { disablePlaygroundInProduction: true, queries: accessQueryWithAdminFlag },
  telemetry: false,
  // A refused auth attempt is expected traffic, not a server error. Payload types the keys with its
  // own error names; its logger looks up any error's name.
  loggingLevels: { [TooManyAuthAttempts.NAME]: 'info' } as Record<string, 'info'>,
})
  .then(lockDownInternalCollections)
  .then(capReads)
