import type { Where } from 'payload'

import type { FilterDefinition, FilterOption } from '@/components/filter-bar'
import type { KafkaScope } from '@/features/kafka-scope/types'
import { emptyIfForbidden } from '@/lib/forbidden'
import { asUser } from '@/lib/as-user'
import { getPayloadClient } from '@/lib/payload'
import type { User } from '@/payload-types'

const OPTION_LIMIT = 200

export type OwnershipFilterOptions = {
  workspaces: FilterOption[]
  applications: FilterOption[]
  environments: FilterOption[]
  clusters: FilterOption[]
}

/**
 * Choices of a synced list's ownership dropdowns, as the user may see them (overrideAccess: false):
 * workspaces and clusters across workspaces only, applications and environments inside the scope's
 * workspace, none inside one virtual cluster (it fixes all of them). One read per dropdown, in parallel;
 * `clusters: false` skips the cluster dropdown's.
 */
export async function getOwnershipFilterOptions(user: User, scope: KafkaScope, { clusters: withClusters = true } = {}): Promise<OwnershipFilterOptions> {
  const none: OwnershipFilterOptions = { workspaces: [], applications: [], environments: [], clusters: [] }
  if (scope.kind === 'virtualCluster') return none
  const payload = await getPayloadClient()
  const inWorkspace: Where = scope.kind === 'workspace' ? { workspace: { equals: scope.workspace.id } } : {}
  const read = <T>(promise: Promise<{ docs: T[] }>) => emptyIfForbidden(promise, { docs: [] as T[] })
  const [workspaces, applications, virtualClusters, clusters] = await Promise.all([
    scope.kind === 'all'
      ? read(payload.find({ collection: 'workspaces', sort: 'name', limit: OPTION_LIMIT, depth: 0, select: { name: true }, ...asUser(user) }))
      : { docs: [] },
    read(
      payload.find({
        collection: 'kafka-applications',
        where: inWorkspace,
        sort: 'name',
        limit: OPTION_LIMIT,
        depth: 0,
        select: { name: true },
        ...asUser(user),
      }),
    ),
    read(
      payload.find({ collection: 'kafka-virtual-clusters', where: inWorkspace, limit: OPTION_LIMIT, depth: 0, select: { environment: true }, ...asUser(user) }),
    ),
    scope.kind === 'all' && withClusters
      ? read(payload.find({ collection: 'kafka-clusters', sort: 'name', limit: OPTION_LIMIT, depth: 0, select: { name: true }, ...asUser(user) }))
      : { docs: [] },
  ])
  const environments = [...new Set(virtualClusters.docs.map((vc) => vc.environment).filter(Boolean))].sort()
  return {
    workspaces: workspaces.docs.map((w) => ({ value: String(w.id), label: w.name })),
    applications: applications.docs.map((a) => ({ value: String(a.id), label: a.name })),
    environments: environments.map((env) => ({ value: env, label: env })),
    clusters: clusters.docs.map((c) => ({ value: String(c.id), label: c.name })),
  }
}

/**
 * The ownership dropdowns of a synced list from their choices: the workspace one only across
 * workspaces, the cluster one only with several clusters, any without choices left out. Pure.
 */
export function ownershipFilters(scope: KafkaScope, choices: OwnershipFilterOptions, value: (name: string) => string | undefined): FilterDefinition[] {
  return [
    ...(scope.kind === 'all' && choices.workspaces.length > 1
      ? [{ name: 'workspace', label: 'Workspace', options: choices.workspaces, value: value('workspace') }]
      : []),
    ...(choices.applications.length ? [{ name: 'application', label: 'Application', options: choices.applications, value: value('application') }] : []),
    ...(choices.environments.length ? [{ name: 'environment', label: 'Environment', options: choices.environments, value: value('environment') }] : []),
    ...(choices.clusters.length > 1 ? [{ name: 'cluster', label: 'Cluster', options: choices.clusters, value: value('cluster') }] : []),
  ]
}
