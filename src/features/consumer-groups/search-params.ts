import { z } from 'zod'

export const GROUP_STATUSES = ['active', 'inactive', 'archived'] as const
export const GROUP_HEALTH = ['ok', 'warn', 'err', 'unknown'] as const
export const GROUP_SORTS = ['groupId', '-groupId', 'memberCount', '-memberCount', 'totalLag', '-totalLag', 'lagSeconds', '-lagSeconds'] as const
export const HISTORY_RANGES = ['1h', '6h', '24h', '7d', '30d'] as const

const id = z.coerce.number().int().positive()
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined)

/** Filters, sort and page of the consumer-group list: one definition for URLs and server actions. */
export const groupListParams = z.object({
  search: optional(z.string().trim().max(200)),
  workspace: optional(id),
  application: optional(id),
  environment: optional(z.string().trim().max(100)),
  virtualCluster: optional(id),
  cluster: optional(id),
  state: optional(z.string().trim().max(50)),
  status: optional(z.enum(GROUP_STATUSES)),
  health: optional(z.enum(GROUP_HEALTH)),
  hasLag: optional(z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])),
  sort: z.enum(GROUP_SORTS).catch('groupId'),
  page: z.coerce.number().int().min(1).catch(1),
  limit: z.coerce.number().int().min(1).max(100).catch(25),
})

export type GroupListParams = z.infer<typeof groupListParams>

export const historyRange = z.enum(HISTORY_RANGES).catch('1h')
