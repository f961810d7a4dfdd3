/**
 * Scope of the Kafka pages (ui-contract.md). Server code imports from here; client components that
 * only need the pure helpers import '@/features/kafka-scope/scope-links' (no Payload in the bundle).
 */
export type { KafkaScope, ScopeApplication, ScopeVirtualCluster, ScopeWorkspace, ScopedObject } from '@/features/kafka-scope/types'
export { isInScope, relationId, scopeColumns, scopeFilters, scopeLinks, type ScopeLinks } from '@/features/kafka-scope/scope-links'
export { assertInScope } from '@/features/kafka-scope/assert-in-scope'
export { currentKafkaUser, resolveKafkaScope } from '@/features/kafka-scope/resolve-kafka-scope'
export { getScopeSyncHealth } from '@/features/kafka-scope/sync-health'
