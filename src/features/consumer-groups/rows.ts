/**
 * Slim, serialisable rows for the consumer-group tables, built on the server from the documents the
 * queries return (relations at depth 1, JSON columns as stored). Only what the tables show crosses
 * to the browser: no Burrow windows, no whole related documents. Pure, unit-tested.
 */
import type { LagTrend } from '@/features/consumer-groups/lib'

type Named = { id: number; name?: string | null; slug?: string | null; environment?: string | null }
type Relation = number | Named | null | undefined

export type GroupListRow = {
  id: number
  groupId: string
  groupType: string | null
  state: string | null
  memberCount: number | null
  totalLag: number | null
  lagSeconds: number | null
  lagStatus: string | null
  trend: LagTrend
  status: string
  workspace: string | null
  application: string | null
  environment: string | null
  cluster: string | null
}

export type PartitionRow = {
  topic: string
  partition: number
  committedOffset: number | null
  logStartOffset: number | null
  logEndOffset: number | null
  lag: number | null
  lagSeconds: number | null
  status: string | null
  owner: string | null
  ownerHost: string | null
  noCommit: boolean
  belowLogStart: boolean
}

export type MemberRow = {
  memberId: string
  clientId: string
  host: string
  /** "topic: 0, 1, 2" per topic, topics sorted. */
  assignments: string[]
  partitionCount: number
}

const named = (value: Relation): Named | null => (value && typeof value === 'object' ? value : null)
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)
const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)

export type GroupDocForRow = {
  id: number
  groupId: string
  groupType?: string | null
  state?: string | null
  memberCount?: number | null
  totalLag?: number | null
  lagSeconds?: number | null
  lagStatus?: string | null
  status?: string | null
  workspace?: Relation
  application?: Relation
  virtualCluster?: Relation
  cluster?: Relation
  lagTrend?: LagTrend | null
}

export function toGroupListRow(doc: GroupDocForRow): GroupListRow {
  return {
    id: doc.id,
    groupId: doc.groupId,
    groupType: doc.groupType ?? null,
    state: doc.state ?? null,
    memberCount: num(doc.memberCount),
    totalLag: num(doc.totalLag),
    lagSeconds: num(doc.lagSeconds),
    lagStatus: doc.lagStatus ?? null,
    trend: doc.lagTrend ?? 'unknown',
    status: doc.status ?? 'active',
    workspace: str(named(doc.workspace)?.name),
    application: str(named(doc.application)?.name),
    environment: str(named(doc.virtualCluster)?.environment),
    cluster: str(named(doc.cluster)?.name),
  }
}

/** partitionDetail as stored by the lag check (see sync/activities/lag-check/evaluate.ts), tolerant of junk. */
export function toPartitionRows(partitionDetail: unknown): PartitionRow[] {
  if (!Array.isArray(partitionDetail)) return []
  return partitionDetail
    .filter((p): p is Record<string, unknown> => Boolean(p) && typeof p === 'object' && typeof (p as { topic?: unknown }).topic === 'string')
    .map((p) => {
      const owner = p.owner && typeof p.owner === 'object' ? (p.owner as Record<string, unknown>) : null
      return {
        topic: p.topic as string,
        partition: num(p.partition) ?? 0,
        committedOffset: num(p.committedOffset),
        logStartOffset: num(p.logStartOffset),
        logEndOffset: num(p.logEndOffset),
        lag: num(p.lag),
        lagSeconds: num(p.lagSeconds),
        status: str(p.status),
        owner: owner ? (str(owner.clientId) ?? str(owner.memberId)) : null,
        ownerHost: owner ? str(owner.host) : null,
        noCommit: p.noCommit === true,
        belowLogStart: p.belowLogStart === true,
      }
    })
    .sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition)
}

/** members as stored by the group sync: [{ memberId, clientId, host, assignments: [{ topic, partitions }] }]. */
export function toMemberRows(members: unknown): MemberRow[] {
  if (!Array.isArray(members)) return []
  return members
    .filter((m): m is Record<string, unknown> => Boolean(m) && typeof m === 'object')
    .map((m) => {
      const assignments = (Array.isArray(m.assignments) ? m.assignments : [])
        .filter((a): a is { topic: string; partitions: unknown } => Boolean(a) && typeof a === 'object' && typeof (a as { topic?: unknown }).topic === 'string')
        .map((a) => ({ topic: a.topic, partitions: (Array.isArray(a.partitions) ? a.partitions : []).filter((p): p is number => typeof p === 'number').sort((x, y) => x - y) }))
        .sort((a, b) => a.topic.localeCompare(b.topic))
      return {
        memberId: str(m.memberId) ?? '',
        clientId: str(m.clientId) ?? '',
        host: str(m.host) ?? '',
        assignments: assignments.map((a) => `${a.topic}: ${a.partitions.join(', ')}`),
        partitionCount: assignments.reduce((sum, a) => sum + a.partitions.length, 0),
      }
    })
    .sort((a, b) => a.clientId.localeCompare(b.clientId) || a.memberId.localeCompare(b.memberId))
}
