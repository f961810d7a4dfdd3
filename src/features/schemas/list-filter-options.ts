import type { Where } from 'payload'

import type { FilterOption } from '@/components/filter-bar'
import type { KafkaScope } from '@/features/kafka-scope'
import { emptyIfForbidden } from '@/lib/forbidden'
import { asUser } from '@/lib/as-user'
import { getPayloadClient } from '@/lib/payload'
import type { User } from '@/payload-types'

import { FORMAT_LABELS } from '@/features/schemas/view/schema-rows'
import { SCHEMA_STATUSES } from '@/features/schemas/lib/types'

const OPTION_LIMIT = 200

export type SchemaFilterOptions = {
  workspaces: FilterOption[]
  applications: FilterOption[]
  environments: FilterOption[]
}

export const FORMAT_OPTIONS: FilterOption[] = Object.entries(FORMAT_LABELS).map(([value, label]) => ({ value, label }))
export const STATUS_OPTIONS: FilterOption[] = SCHEMA_STATUSES.map((value) => ({ value, label: value[0]!.toUpperCase() + value.slice(1) }))

/**
 * Choices of the schema list's ownership dropdowns as the user may see them (overrideAccess:
 * false): workspaces across workspaces only; applications and environments of the scope's
 * workspace(s); none inside one virtual cluster, which fixes all three.
 */
export async function getSchemaFilterOptions(user: User, scope: KafkaScope): Promise<SchemaFilterOptions> {
  if (scope.kind === 'virtualCluster') return { workspaces: [], applications: [], environments: [] }
  const payload = await getPayloadClient()
  const inWorkspace: Where = scope.kind === 'workspace' ? { workspace: { equals: scope.workspace.id } } : {}
  const read = <T>(promise: Promise<{ docs: T[] }>) => emptyIfForbidden(promise, { docs: [] as T[] })
  const [workspaces, applications, virtualClusters] = await Promise.all([
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
  ])
  return {
    workspaces: workspaces.docs.map((w) => ({ value: String(w.id), label: w.name })),
    applications: applications.docs.map((a) => ({ value: String(a.id), label: a.name })),
    environments: [...new Set(virtualClusters.docs.map((vc) => vc.environment).filter(Boolean))].sort().map((env) => ({ value: env, label: env })),
  }
}
