import type { Where } from 'payload'

import { emptyIfForbidden } from '@/lib/forbidden'
import { asUser } from '@/lib/as-user'
import { getPayloadClient } from '@/lib/payload'
import type { User } from '@/payload-types'

import { groupListWhere } from '@/features/consumer-groups/queries'
import { groupListParams } from '@/features/consumer-groups/search-params'

/** Kafka states that mean "rebalancing" (classic and KIP-848 consumer groups). */
export const REBALANCING_STATES = ['PreparingRebalance', 'CompletingRebalance', 'Assigning', 'Reconciling'] as const

export type GroupStateCounts = { stable: number; empty: number; rebalancing: number }

/**
 * Groups by Kafka state for the list's summary (wireframe §4.5), under the same search and
 * ownership filters as the summary, counted in the database as the user (overrideAccess: false).
 */
export async function getConsumerGroupStateCounts(user: User, input: unknown = {}): Promise<GroupStateCounts> {
  const params = groupListParams.parse(input ?? {})
  const base = groupListWhere({ ...params, state: undefined, health: undefined, trend: undefined, hasLag: undefined, status: undefined })
  const payload = await getPayloadClient()
  const count = async (state: Where) =>
    (await emptyIfForbidden(payload.count({ collection: 'kafka-consumer-groups', where: { and: [base, state] }, ...asUser(user) }), { totalDocs: 0 }))
      .totalDocs
  const [stable, empty, rebalancing] = await Promise.all([
    count({ state: { equals: 'Stable' } }),
    count({ state: { equals: 'Empty' } }),
    count({ state: { in: [...REBALANCING_STATES] } }),
  ])
  return { stable, empty, rebalancing }
}
