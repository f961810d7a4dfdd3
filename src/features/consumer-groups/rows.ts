/**
 * Slim, serialisable rows for the consumer-group tables, built on the server from the documents the
 * queries return (relations at depth 1, JSON columns as stored). Only what the tables show crosses
 * to the browser: no Burrow windows, no whole related documents. Pure, unit-tested.
 */
import {
  decodeWindow,
  groupMemberSchema,
  lastCommitMovedAt,
  parseStoredList,
  partitionDetailSchema,
  type LagTrend,
  type PartitionDetail,
} from '@/features/consumer-groups/lib'

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
  lagRule: string | null
  lagReason: string | null
  lagTrend: LagTrend
  status: string
  workspace: string | null
  application: string | null
  environment: string | null
  cluster: string | null
}

/** A partition as the partition table shows it: the stored numbers, the owner as one label. */
export type PartitionRow = Pick<
  PartitionDetail,
  'topic' | 'partition' | 'committedOffset' | 'logStartOffset' | 'logEndOffset' | 'lag' | 'lagSeconds' | 'status' | 'noCommit' | 'belowLogStart'
> & {
  rule: string | null
  reason: string | null
  owner: string | null
  ownerHost: string | null
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
  lagRule?: string | null
  lagReason?: string | null
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
    lagRule: doc.lagRule ?? null,
    lagReason: doc.lagReason ?? null,
    lagTrend: doc.lagTrend ?? 'unknown',
    status: doc.status ?? 'active',
    workspace: str(named(doc.workspace)?.name),
    application: str(named(doc.application)?.name),
    environment: str(named(doc.virtualCluster)?.environment),
    cluster: str(named(doc.cluster)?.name),
  }
}

/** partitionDetail through its schema (a partition that does not parse is skipped), sorted, without the Burrow windows. */
export function toPartitionRows(partitionDetail: unknown): PartitionRow[] {
  return parseStoredList(partitionDetailSchema, partitionDetail)
    .items.map((p): PartitionRow => ({
      topic: p.topic,
      partition: p.partition,
      committedOffset: p.committedOffset,
      logStartOffset: p.logStartOffset,
      logEndOffset: p.logEndOffset,
      lag: p.lag,
      lagSeconds: p.lagSeconds,
      status: p.status,
      rule: p.rule ?? null,
      reason: p.reason ?? null,
      owner: p.owner ? (str(p.owner.clientId) ?? str(p.owner.memberId)) : null,
      ownerHost: p.owner ? str(p.owner.host) : null,
      noCommit: p.noCommit,
      belowLogStart: p.belowLogStart,
    }))
    .sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition)
}

/** members through their schema (a member that does not parse is skipped), each member's partitions per topic. */
export function toMemberRows(members: unknown): MemberRow[] {
  return parseStoredList(groupMemberSchema, members)
    .items.map((m): MemberRow => {
      const assignments = m.assignments
        .map((a) => ({ topic: a.topic, partitions: [...a.partitions].sort((x, y) => x - y) }))
        .sort((a, b) => a.topic.localeCompare(b.topic))
      return {
        memberId: m.memberId,
        clientId: m.clientId,
        host: m.host,
        assignments: assignments.map((a) => `${a.topic}: ${a.partitions.join(', ')}`),
        partitionCount: assignments.reduce((sum, a) => sum + a.partitions.length, 0),
      }
    })
    .sort((a, b) => a.clientId.localeCompare(b.clientId) || a.memberId.localeCompare(b.memberId))
}

/** When the group's committed offsets last moved (lastCommitMovedAt over partitionDetail's Burrow windows), ISO; null when not since monitoring began. */
export function lastCommitOf(partitionDetail: unknown): string | null {
  const at = lastCommitMovedAt(parseStoredList(partitionDetailSchema, partitionDetail).items.map((p) => decodeWindow(p.window)))
  return at === null ? null : new Date(at).toISOString()
}
