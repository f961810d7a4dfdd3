import type { Where } from 'payload'

import {
  capPoints,
  downsample,
  MAX_CHART_POINTS,
  pickResolution,
  REBALANCING_STATES,
  sampleHour,
  samplePoint,
  unpackRows,
  type DownsampledPoint,
  type HistoryRange,
  type HistoryResolution,
  type LagHistoryPoint,
} from '@/features/consumer-groups/lib'
import { groupListParams, type GroupListParams, HISTORY_RANGE_MS, historyRange } from '@/features/consumer-groups/search-params'
import { emptyIfForbidden, listPageOrEmpty } from '@/lib/forbidden'
import { ownershipWhere } from '@/lib/list-params'
import { asUser } from '@/lib/as-user'
import { getPayloadClient } from '@/lib/payload'
import type { KafkaConsumerGroup, User } from '@/payload-types'

/**
 * Consumer-group reads for pages and server actions (the list's filter choices are in
 * list-filter-options.ts): Local API with the user and overrideAccess:false; filters, sort and
 * pages in the database; a real lag of 0 stays 0, and no commit stays null.
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
  lagRule: true,
  lagReason: true,
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
  return listPageOrEmpty<KafkaConsumerGroup>(
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
    params,
  )
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

export async function getConsumerGroupSummary(user: User, input: unknown = {}) {
  const params = groupListParams.parse(input ?? {})
  const payload = await getPayloadClient()
  const base = groupListWhere({ ...params, health: undefined, trend: undefined, hasLag: undefined, status: undefined })
  const count = async (extra?: Where) =>
    (
      await emptyIfForbidden(payload.count({ collection: 'kafka-consumer-groups', where: extra ? { and: [base, extra] } : base, ...asUser(user) }), {
        totalDocs: 0,
      })
    ).totalDocs
  const [total, lagging, err, warn, inactive] = await Promise.all([
    count(),
    count({ totalLag: { greater_than: 0 } }),
    count({ lagStatus: { equals: 'err' } }),
    count({ lagStatus: { equals: 'warn' } }),
    count({ status: { equals: 'inactive' } }),
  ])
  return { total, lagging, health: { err, warn }, inactive }
}

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
    (await emptyIfForbidden(payload.count({ collection: 'kafka-consumer-groups', where: { and: [base, state] }, ...asUser(user) }), { totalDocs: 0 })).totalDocs
  const [stable, empty, rebalancing] = await Promise.all([
    count({ state: { equals: 'Stable' } }),
    count({ state: { equals: 'Empty' } }),
    count({ state: { in: [...REBALANCING_STATES] } }),
  ])
  return { stable, empty, rebalancing }
}

/** Lag history for a range at the fitting resolution, at most 500 points (lowest and worst kept when merged). */
export async function getConsumerGroupLagHistory(user: User, id: number, range: unknown): Promise<DownsampledPoint[]> {
  if (!(await getConsumerGroup(user, id))) return []
  return storedLagHistory(user, id, historyRange.parse(range))
}

const HISTORY = 'kafka-consumer-group-lag-history'
const HOUR_MS = 3_600_000

/**
 * The lag chart's series for a range, of a group the caller has already read as this user (the
 * detail page reads the group once). Ranges read from the hourly tier (7d, 30d) would miss the
 * hours the retention job has not rolled up yet (at least the current one, and everything since a
 * fresh install), so the raw rows after the newest hourly row are rolled up here, in memory, and
 * appended. Reads as the user with overrideAccess:false (history rows carry the workspace rule).
 */
export async function getConsumerGroupLagChart(user: User, group: Pick<KafkaConsumerGroup, 'id'>, range: unknown): Promise<DownsampledPoint[]> {
  const chosen = historyRange.parse(range)
  const stored = await storedLagHistory(user, group.id, chosen)
  if (pickResolution(chosen) !== 'hour') return stored

  const payload = await getPayloadClient()
  const newestHour = await payload.find({
    collection: HISTORY,
    where: { and: [{ consumerGroup: { equals: group.id } }, { resolution: { equals: 'hour' } }] },
    sort: '-timestamp',
    limit: 1,
    depth: 0,
    select: { timestamp: true },
    ...asUser(user),
  })
  const rangeStart = Date.now() - HISTORY_RANGE_MS[chosen]
  const newest = newestHour.docs[0]
  const tailStart = Math.max(rangeStart, newest ? Date.parse(newest.timestamp) + HOUR_MS : rangeStart)
  const raw = await rawPointsSince(user, group.id, tailStart)
  if (raw.length === 0) return stored
  const combined = [...stored, ...downsample(raw, 'hour')]
  return combined.length > MAX_CHART_POINTS ? capPoints(combined) : combined
}

/** The stored points of a range at its resolution, capped for a chart. */
async function storedLagHistory(user: User, groupId: number, range: HistoryRange): Promise<DownsampledPoint[]> {
  const since = Date.now() - HISTORY_RANGE_MS[range]
  const resolution = pickResolution(range)
  if (resolution === 'raw') return capPoints(await rawPointsSince(user, groupId, since))
  const payload = await getPayloadClient()
  const rows = await payload.find({
    collection: HISTORY,
    where: tierSince(groupId, resolution, since),
    sort: 'timestamp',
    pagination: false,
    depth: 0,
    // Only what the chart uses.
    select: {
      timestamp: true,
      totalLag: true,
      totalLagMin: true,
      totalLagMax: true,
      maxPartitionLag: true,
      lagSeconds: true,
      lagSecondsMax: true,
      sampleCount: true,
    },
    ...asUser(user),
  })
  return capPoints(rows.docs)
}

/** A group's rows of one tier from `since` (epoch ms) on. */
function tierSince(groupId: number, resolution: HistoryResolution, since: number): Where {
  return {
    and: [{ consumerGroup: { equals: groupId } }, { resolution: { equals: resolution } }, { timestamp: { greater_than_equal: new Date(since).toISOString() } }],
  }
}

/** The group's raw polls since `since` (epoch ms), oldest first: unpacked from the hour rows that hold them. */
async function rawPointsSince(user: User, groupId: number, since: number): Promise<LagHistoryPoint[]> {
  const payload = await getPayloadClient()
  const rows = await payload.find({
    collection: HISTORY,
    where: tierSince(groupId, 'raw', sampleHour(since)),
    sort: 'timestamp',
    pagination: false,
    depth: 0,
    select: { timestamp: true, samples: true },
    ...asUser(user),
  })
  return unpackRows(rows.docs, since).map(samplePoint)
}
