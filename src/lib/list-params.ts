import type { Where } from 'payload'
import { z } from 'zod'

/**
 * What every synced list (schemas, consumer groups) filters and pages by, defined once for URLs and
 * other untrusted input. Invalid values fall back to defaults instead of failing.
 */
export const idParam = z.coerce.number().int().positive()
export const optionalParam = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined)

/** Where an object belongs: workspace, application, environment, virtual cluster, physical cluster. */
export const ownershipParams = {
  workspace: optionalParam(idParam),
  application: optionalParam(idParam),
  environment: optionalParam(z.string().trim().max(100)),
  virtualCluster: optionalParam(idParam),
  cluster: optionalParam(idParam),
}

export const pageParams = {
  page: z.coerce.number().int().min(1).catch(1),
  limit: z.coerce.number().int().min(1).max(100).catch(25),
}

type OwnershipFilters = { workspace?: number; application?: number; environment?: string; virtualCluster?: number; cluster?: number }

/** The database-side conditions of the ownership filters (environment through the virtual cluster). */
export function ownershipWhere(params: OwnershipFilters): Where[] {
  const and: Where[] = []
  if (params.workspace) and.push({ workspace: { equals: params.workspace } })
  if (params.application) and.push({ application: { equals: params.application } })
  if (params.virtualCluster) and.push({ virtualCluster: { equals: params.virtualCluster } })
  if (params.environment) and.push({ 'virtualCluster.environment': { equals: params.environment } })
  if (params.cluster) and.push({ cluster: { equals: params.cluster } })
  return and
}
