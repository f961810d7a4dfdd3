import type { Where } from 'payload'

import { capPoints, pickResolution, type DownsampledPoint } from '@/features/consumer-groups/lib'
import { emptyIfForbidden } from '@/lib/forbidden'
import { ownershipWhere } from '@/lib/list-params'
import { asUser } from '@/lib/as-user'
import { getPayloadClient } from '@/lib/payload'
import type { KafkaConsumerGroup, User } from '@/payload-types'

import { groupListParams, type GroupListParams, HISTORY_RANGE_MS, historyRange } from '@/features/consumer-groups/search-params'

/**
 * Consumer-group reads for pages: Local API with the user and
 * overrideAccess:false; filters, sort and pages in the database; a real lag of 0 stays 0.
 */

/** What a list row shows (the trend is stored on the group by the lag check: no history read). */
const LIST_FIELDS = {
  groupId: true,
  groupType: true,
  state: true,
  memberCount: true,
  totalLag: true,
  lagSeconds: true,
  lagStatus: true,
  lagTrend: true,
  status: true,
  workspace: true,
  application: true,
  virtualCluster: true,
  cluster: true,
} as const

export function groupListWhere(params: Partial<GroupListParams>): Where {
  const and: Where[] = ownershipWhere(params)
  if (params.search) and.push({ groupId: { like: params.search } })
  if (params.state) and.push({ state: { equals: params.state } })
  if (params.status) and.push({ status: { equals: params.status } })
  if (params.health) and.push({ lagStatus: { equals: params.health } })
  if (params.trend) and.push({ lagTrend: { equals: params.trend } })
  if (params.hasLag === true) and.push({ totalLag: { greater_than: 0 } })
  if (params.hasLag === false) and.push({ totalLag: { equals: 0 } })
  return and.length ? { and } : {}
}

export async function getConsumerGroups(user: User, input: unknown) {
  const params = groupListParams.parse(input ?? {})
  const payload = await getPayloadClient()
  const page = await emptyIfForbidden(
    payload.find({
      collection: 'kafka-consumer-groups',
      where: groupListWhere(params),
      sort: params.sort,
      page: params.page,
      limit: params.limit,
      depth: 1,
      select: LIST_FIELDS,
      ...asUser(user),
    }),
    null,
  )
  if (!page) return { docs: [] as KafkaConsumerGroup[], totalDocs: 0, totalPages: 0, page: params.page, limit: params.limit }
  return { docs: page.docs as KafkaConsumerGroup[], totalDocs: page.totalDocs, totalPages: page.totalPages, page: page.page ?? params.page, limit: page.limit }
}

/** One group with members and partition detail, or null when absent or not the user's (404). */
export async function getConsumerGroup(user: User, id: number): Promise<KafkaConsumerGroup | null> {
  const payload = await getPayloadClient()
  const found = await emptyIfForbidden(
    payload.find({ collection: 'kafka-consumer-groups', where: { id: { equals: id } }, limit: 1, depth: 1, ...asUser(user) }),
    null,
  )
  return found?.docs[0] ?? null
}

/** Lag history for a range at the fitting resolution, at most 500 points (min/max kept when merged). */
export async function getConsumerGroupLagHistory(user: User, id: number, range: unknown): Promise<DownsampledPoint[]> {
  const chosen = historyRange.parse(range)
  if (!(await getConsumerGroup(user, id))) return []
  const payload = await getPayloadClient()
  const since = new Date(Date.now() - HISTORY_RANGE_MS[chosen]).toISOString()
  const rows = await payload.find({
    collection: 'kafka-consumer-group-lag-history',
    where: { and: [{ consumerGroup: { equals: id } }, { resolution: { equals: pickResolution(chosen) } }, { timestamp: { greater_than_equal: since } }] },
    sort: 'timestamp',
    pagination: false,
    depth: 0,
    // Only what the chart uses: a 24h range reads ~1,440 rows, and the unused JSON dominated the read.
    select: { timestamp: true, totalLag: true, totalLagMin: true, totalLagMax: true, maxPartitionLag: true, lagSeconds: true, lagSecondsMax: true, sampleCount: true },
    ...asUser(user),
  })
  return capPoints(
    rows.docs.map((r) => ({
      timestamp: r.timestamp,
      totalLag: r.totalLag,
      minTotalLag: r.totalLagMin ?? r.totalLag,
      maxTotalLag: r.totalLagMax ?? r.totalLag,
      maxPartitionLag: r.maxPartitionLag ?? null,
      lagSeconds: r.lagSeconds ?? null,
      maxLagSeconds: r.lagSecondsMax ?? null,
      sampleCount: r.sampleCount ?? 1,
    })),
  )
}

export async function getConsumerGroupSummary(user: User, input: unknown = {}) {
  const params = groupListParams.parse(input ?? {})
  const payload = await getPayloadClient()
  const base = groupListWhere({ ...params, health: undefined, trend: undefined, hasLag: undefined, status: undefined })
  const count = async (extra?: Where) =>
    (await emptyIfForbidden(payload.count({ collection: 'kafka-consumer-groups', where: extra ? { and: [base, extra] } : base, ...asUser(user) }), { totalDocs: 0 })).totalDocs
  const [total, lagging, err, warn, inactive] = await Promise.all([
    count(),
    count({ totalLag: { greater_than: 0 } }),
    count({ lagStatus: { equals: 'err' } }),
    count({ lagStatus: { equals: 'warn' } }),
    count({ status: { equals: 'inactive' } }),
  ])
  return { total, lagging, health: { err, warn }, inactive }
}
