/**
 * Scope of the Kafka pages (ui-contract.md). Server code imports from here; client components that
 * only need the pure helpers import '@/features/kafka-scope/scope-links' (no Payload in the bundle).
 */
export type { KafkaScope, ScopeApplication, ScopeVirtualCluster, ScopeWorkspace, ScopedObject } from './types'
export { isInScope, relationId, scopeColumns, scopeFilters, scopeLinks, type ScopeLinks } from './scope-links'
export { assertInScope } from './assert-in-scope'
export { currentKafkaUser, resolveKafkaScope } from './resolve-kafka-scope'
export { getScopeSyncHealth } from './sync-health'
