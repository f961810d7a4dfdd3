import type { Payload } from 'payload'

import { createSchemaRegistryClient } from '@/integrations/schema-registry'

import { cachedKafkaClients, createConsumerGroupSyncActivities, type KafkaClientFactory } from './consumer-group-sync/activities'
import { createLagCheckActivities } from './lag-check/activities'
import { createRetentionActivities } from './retention/activities'
import { createRunActivities } from './runs'
import { cachedRegistryClients, createSchemaSyncActivities, type RegistryClientFactory } from './schema-sync/activities'

export type ActivityDeps = {
  payload: Payload
  /** Injected in tests; defaults to real registry clients built from the cluster's settings. */
  registryClient?: RegistryClientFactory
  /** Injected in tests; defaults to reused admin clients built from the cluster's settings. */
  kafkaClient?: KafkaClientFactory
}

/** All I/O of every workflow. Temporal registers these; the embedded runner calls them directly. */
export function createActivities(deps: ActivityDeps) {
  const registryClient = deps.registryClient ?? cachedRegistryClients(deps.payload, createSchemaRegistryClient)
  const kafkaClient = deps.kafkaClient ?? cachedKafkaClients(deps.payload)
  return {
    ...createRunActivities(deps.payload),
    ...createSchemaSyncActivities(deps.payload, registryClient),
    ...createConsumerGroupSyncActivities(deps.payload, kafkaClient),
    ...createLagCheckActivities(deps.payload, kafkaClient),
    ...createRetentionActivities(deps.payload),
  }
}

export type Activities = ReturnType<typeof createActivities>
