import { getOwnershipFilterOptions, type OwnershipFilterOptions } from '@/features/kafka-scope/ownership-filter-options'

/** The consumer-group list's ownership dropdowns: workspaces, applications, environments and clusters. */
export type GroupFilterOptions = OwnershipFilterOptions
export const getGroupFilterOptions = getOwnershipFilterOptions
