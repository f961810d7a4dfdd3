import { z } from 'zod'

import { LAG_TRENDS } from '@/features/consumer-groups/lib/types'
import { optionalParam, ownershipParams, pageParams } from '@/lib/list-params'

export const GROUP_STATUSES = ['active', 'inactive', 'archived'] as const
export const GROUP_HEALTH = ['ok', 'warn', 'err', 'unknown'] as const
export const GROUP_SORTS = ['groupId', '-groupId', 'memberCount', '-memberCount', 'totalLag', '-totalLag', 'lagSeconds', '-lagSeconds'] as const
export const HISTORY_RANGES = ['1h', '6h', '24h', '7d', '30d'] as const
/** How far back each chart range reaches. */
export const HISTORY_RANGE_MS: Record<(typeof HISTORY_RANGES)[number], number> = {
  '1h': 3_600_000,
  '6h': 6 * 3_600_000,
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
  '30d': 30 * 86_400_000,
}

/** Filters, sort and page of the consumer-group list: one definition for URLs and queries. */
export const groupListParams = z.object({
  search: optionalParam(z.string().trim().max(200)),
  ...ownershipParams,
  state: optionalParam(z.string().trim().max(50)),
  status: optionalParam(z.enum(GROUP_STATUSES)),
  health: optionalParam(z.enum(GROUP_HEALTH)),
  trend: optionalParam(z.enum(LAG_TRENDS)),
  hasLag: optionalParam(z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])),
  sort: z.enum(GROUP_SORTS).catch('groupId'),
  ...pageParams,
})

export type GroupListParams = z.infer<typeof groupListParams>

export const historyRange = z.enum(HISTORY_RANGES).catch('1h')
