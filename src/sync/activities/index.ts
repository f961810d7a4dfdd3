import type { Payload } from 'payload'

import { createSchemaRegistryClient } from '@/integrations/schema-registry'

import { createRunActivities } from './runs'
import { cachedRegistryClients, createSchemaSyncActivities, type RegistryClientFactory } from './schema-sync/activities'

export type ActivityDeps = {
  payload: Payload
  /** Injected in tests; defaults to real registry clients built from the cluster's settings. */
  registryClient?: RegistryClientFactory
}

/** All I/O of every workflow. Temporal registers these; the embedded runner calls them directly. */
export function createActivities(deps: ActivityDeps) {
  const registryClient = deps.registryClient ?? cachedRegistryClients(deps.payload, createSchemaRegistryClient)
  return {
    ...createRunActivities(deps.payload),
    ...createSchemaSyncActivities(deps.payload, registryClient),
  }
}

export type Activities = ReturnType<typeof createActivities>
