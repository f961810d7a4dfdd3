import { z } from 'zod'

import { SCHEMA_FORMATS, SCHEMA_STATUSES } from '@/features/schemas/lib/types'
import { optionalParam, ownershipParams, pageParams } from '@/lib/list-params'

/** The verdict filter: subjects with an incompatible live version, or with none. */
export const SCHEMA_VERDICT_FILTERS = ['incompatible', 'compatible'] as const

export const SCHEMA_SORTS = ['subject', '-subject', 'versionCount', '-versionCount', 'lastRegisteredAt', '-lastRegisteredAt'] as const

/**
 * Filters, sort and page of the schema list: the one definition used by the URL (pages) and by the
 * queries (untrusted input). Invalid values fall back to defaults instead of failing.
 */
export const schemaListParams = z.object({
  search: optionalParam(z.string().trim().max(200)),
  ...ownershipParams,
  format: optionalParam(z.enum(SCHEMA_FORMATS)),
  status: optionalParam(z.enum(SCHEMA_STATUSES)),
  verdict: optionalParam(z.enum(SCHEMA_VERDICT_FILTERS)),
  sort: z.enum(SCHEMA_SORTS).catch('subject'),
  ...pageParams,
})

export type SchemaListParams = z.infer<typeof schemaListParams>

export const schemaDiffParams = z.object({
  left: z.coerce.number().int().positive(),
  right: z.coerce.number().int().positive(),
})
