import type { Payload } from 'payload'

import { createSchemaRegistryClient } from '@/integrations/schema-registry'
import { type SyncSettings, syncSettings } from '@/sync/settings'

import { cachedKafkaClients, createConsumerGroupSyncActivities, type KafkaClientFactory } from '@/sync/activities/consumer-group-sync/activities'
import { createLagCheckActivities } from '@/sync/activities/lag-check/activities'
import { createRetentionActivities } from '@/sync/activities/retention/activities'
import { createRunActivities } from '@/sync/activities/runs'
import { createTopicSyncActivities } from '@/sync/activities/topic-sync/activities'
import { cachedRegistryClients, createSchemaSyncActivities, type RegistryClientFactory } from '@/sync/activities/schema-sync/activities'

export type ActivityDeps = {
  payload: Payload
  /** Defaults to the settings of the environment (src/lib/env.ts). */
  settings?: SyncSettings
  /** Injected in tests; defaults to real registry clients built from the cluster's settings. */
  registryClient?: RegistryClientFactory
  /** Injected in tests; defaults to reused admin clients built from the cluster's settings. */
  kafkaClient?: KafkaClientFactory
  /** Injected in tests (simulated time for the lag check and the alert evaluation); defaults to Date.now. */
  clock?: () => number
}

/** All I/O of every workflow. Temporal registers these; the embedded runner calls them directly. */
export function createActivities(deps: ActivityDeps) {
  const registryClient = deps.registryClient ?? cachedRegistryClients(deps.payload, createSchemaRegistryClient)
  const kafkaClient = deps.kafkaClient ?? cachedKafkaClients(deps.payload)
  const settings = deps.settings ?? syncSettings()
  return {
    ...createRunActivities(deps.payload, settings.runRetentionDays, deps.clock),
    ...createSchemaSyncActivities(deps.payload, registryClient),
    ...createConsumerGroupSyncActivities(deps.payload, kafkaClient, settings.groupLifecycle),
    ...createLagCheckActivities(deps.payload, kafkaClient, {
      burrow: settings.burrow,
      verdict: settings.verdict,
      intervalSeconds: settings.intervalSeconds.lagCheck,
      recordReads: settings.recordReads,
      clock: deps.clock,
    }),
    ...createRetentionActivities(deps.payload, settings.retention, settings.alertDeliveryRetentionDays),
    ...createTopicSyncActivities(deps.payload, kafkaClient),
  }
}

export type Activities = ReturnType<typeof createActivities>
