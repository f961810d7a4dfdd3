import { paths, type QueryValues } from '@/lib/paths'

import type { KafkaScope, RelationValue, ScopedObject } from '@/features/kafka-scope/types'

/**
 * Pure scope logic: filters to merge into list queries, links that keep the user inside the scope,
 * and the in-scope test for detail objects. Free of React, Payload and I/O.
 */

export function relationId(value: RelationValue): number | null {
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? value.id : value
}

/** Ownership filters of the scope, merged into getSchemas / getConsumerGroups / summary params. */
export function scopeFilters(scope: KafkaScope): { workspace?: number; virtualCluster?: number } {
  switch (scope.kind) {
    case 'all':
      return {}
    case 'workspace':
      return { workspace: scope.workspace.id }
    case 'virtualCluster':
      return { workspace: scope.workspace.id, virtualCluster: scope.virtualCluster.id }
  }
}

export type ScopeLinks = {
  schemas: string
  schema: (id: number, query?: QueryValues) => string
  consumerGroups: string
  consumerGroup: (id: number, query?: QueryValues) => string
  topics: string
  topic: (id: number, query?: QueryValues) => string
  /** The scope's overview page. */
  overview: string
  /** Heading of the scope, e.g. "All workspaces", "Payments", "Payments · checkout · prod". */
  title: string
}

/** Links inside the scope. Detail pages of a virtual-cluster scope are the workspace's detail pages. */
export function scopeLinks(scope: KafkaScope): ScopeLinks {
  if (scope.kind === 'all') {
    return {
      schemas: paths.kafkaSchemas(),
      schema: (id, query) => paths.kafkaSchema(id, query),
      consumerGroups: paths.kafkaConsumerGroups(),
      consumerGroup: (id, query) => paths.kafkaConsumerGroup(id, query),
      topics: paths.kafkaTopics(),
      topic: (id, query) => paths.kafkaTopic(id, query),
      overview: paths.kafka(),
      title: 'All workspaces',
    }
  }
  const slug = scope.workspace.slug
  const detail = {
    schema: (id: number, query?: QueryValues) => paths.workspaceSchema(slug, id, query),
    consumerGroup: (id: number, query?: QueryValues) => paths.workspaceConsumerGroup(slug, id, query),
    topic: (id: number, query?: QueryValues) => paths.workspaceTopic(slug, id, query),
  }
  if (scope.kind === 'workspace') {
    return {
      ...detail,
      schemas: paths.workspaceSchemas(slug),
      consumerGroups: paths.workspaceConsumerGroups(slug),
      topics: paths.workspaceTopics(slug),
      overview: paths.workspace(slug),
      title: scope.workspace.name,
    }
  }
  return {
    ...detail,
    schemas: paths.virtualClusterSchemas(slug, scope.application.slug, scope.environment),
    consumerGroups: paths.virtualClusterConsumerGroups(slug, scope.application.slug, scope.environment),
    topics: paths.virtualClusterTopics(slug, scope.application.slug, scope.environment),
    overview: paths.virtualCluster(slug, scope.application.slug, scope.environment),
    title: `${scope.workspace.name} · ${scope.application.name} · ${scope.environment}`,
  }
}

/** Whether a synced object (schema, group) belongs to the scope; unowned objects belong only to 'all'. */
export function isInScope(scope: KafkaScope, object: ScopedObject): boolean {
  if (scope.kind === 'all') return true
  if (relationId(object.workspace) !== scope.workspace.id) return false
  return scope.kind === 'workspace' || relationId(object.virtualCluster) === scope.virtualCluster.id
}

/** Which columns a list shows in the scope: the workspace only across workspaces, app/env not inside one VC. */
export function scopeColumns(scope: KafkaScope): { workspace: boolean; applicationAndEnvironment: boolean } {
  return { workspace: scope.kind === 'all', applicationAndEnvironment: scope.kind !== 'virtualCluster' }
}
