'use server'

import * as groups from '@/features/consumer-groups/queries'
import { requireUser } from '@/lib/auth'

/**
 * Server actions named as in the plan (seed task 10): thin wrappers that resolve the signed-in user
 * and delegate to features/consumer-groups/queries, which read through the access rules.
 */
export async function getConsumerGroups(filters: unknown = {}, page = 1, sort = 'groupId') {
  const user = await requireUser()
  return groups.getConsumerGroups(user, { ...(filters as object), page, sort })
}

export async function getConsumerGroup(id: number) {
  return groups.getConsumerGroup(await requireUser(), Number(id))
}

export async function getConsumerGroupLagHistory(id: number, range: string) {
  return groups.getConsumerGroupLagHistory(await requireUser(), Number(id), range)
}

export async function getConsumerGroupSummary(filters: unknown = {}) {
  return groups.getConsumerGroupSummary(await requireUser(), filters)
}
