import type { FilterOption } from '@/components/filter-bar'
import type { KafkaScope } from '@/features/kafka-scope'
import { getOwnershipFilterOptions } from '@/features/kafka-scope/ownership-filter-options'
import type { User } from '@/payload-types'

import { FORMAT_LABELS } from '@/features/schemas/view/schema-rows'
import { SCHEMA_STATUSES } from '@/features/schemas/lib/types'
import type { SCHEMA_VERDICT_FILTERS } from '@/features/schemas/search-params'

export type SchemaFilterOptions = {
  workspaces: FilterOption[]
  applications: FilterOption[]
  environments: FilterOption[]
}

export const FORMAT_OPTIONS: FilterOption[] = Object.entries(FORMAT_LABELS).map(([value, label]) => ({ value, label }))
export const STATUS_OPTIONS: FilterOption[] = SCHEMA_STATUSES.map((value) => ({ value, label: value[0]!.toUpperCase() + value.slice(1) }))
const VERDICT_LABELS: Record<(typeof SCHEMA_VERDICT_FILTERS)[number], string> = {
  incompatible: 'Has incompatible versions',
  compatible: 'No incompatible versions',
}
export const VERDICT_OPTIONS: FilterOption[] = Object.entries(VERDICT_LABELS).map(([value, label]) => ({ value, label }))

/** The schema list's ownership dropdowns: schemas have no cluster filter, so no cluster read. */
export async function getSchemaFilterOptions(user: User, scope: KafkaScope): Promise<SchemaFilterOptions> {
  const { workspaces, applications, environments } = await getOwnershipFilterOptions(user, scope, { clusters: false })
  return { workspaces, applications, environments }
}
