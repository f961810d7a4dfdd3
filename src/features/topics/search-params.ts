import { z } from 'zod'

import { TOPIC_STATUSES } from '@/features/topics/lib/types'
import { optionalParam, ownershipParams, pageParams } from '@/lib/list-params'

export const TOPIC_SORTS = [
  'name',
  '-name',
  'partitions',
  '-partitions',
  'consumerGroupCount',
  '-consumerGroupCount',
  'worstGroupLag',
  '-worstGroupLag',
] as const

/**
 * Filters, sort and page of the topic list: one definition for URLs and queries. Internal topics
 * (__consumer_offsets …) are hidden unless asked for; deleted topics unless their status is chosen.
 */
export const topicListParams = z.object({
  search: optionalParam(z.string().trim().max(200)),
  ...ownershipParams,
  status: z.enum(TOPIC_STATUSES).catch('active'),
  internal: optionalParam(z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])),
  hasLag: optionalParam(z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])),
  sort: z.enum(TOPIC_SORTS).catch('name'),
  ...pageParams,
})

export type TopicListParams = z.infer<typeof topicListParams>
