import { z } from 'zod'

import { SCHEMA_FORMATS } from '@/collections/fields/compatibility'

export const SCHEMA_STATUSES = ['pending', 'registered', 'failed', 'stale'] as const
export const SCHEMA_SORTS = ['subject', '-subject', 'versionCount', '-versionCount', 'lastRegisteredAt', '-lastRegisteredAt'] as const

const id = z.coerce.number().int().positive()
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined)

/**
 * Filters, sort and page of the schema list: the one definition used by the URL (pages) and by the
 * server actions (untrusted input). Invalid values fall back to defaults instead of failing.
 */
export const schemaListParams = z.object({
  search: optional(z.string().trim().max(200)),
  workspace: optional(id),
  application: optional(id),
  environment: optional(z.string().trim().max(100)),
  virtualCluster: optional(id),
  cluster: optional(id),
  format: optional(z.enum(SCHEMA_FORMATS)),
  status: optional(z.enum(SCHEMA_STATUSES)),
  sort: z.enum(SCHEMA_SORTS).catch('subject'),
  page: z.coerce.number().int().min(1).catch(1),
  limit: z.coerce.number().int().min(1).max(100).catch(25),
})

export type SchemaListParams = z.infer<typeof schemaListParams>

export const schemaDiffParams = z.object({
  left: z.coerce.number().int().positive(),
  right: z.coerce.number().int().positive(),
})
