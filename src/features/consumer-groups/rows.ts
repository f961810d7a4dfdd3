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
  type TimeLagMethod,
  type StreamsTask,
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
  /** A firing alert names this group (set by the list page, features/alerting). */
  firingAlert?: boolean
}

/** A partition as the partition table shows it: the stored numbers, the owner as one label. */
export type PartitionRow = Pick<
  PartitionDetail,
  'topic' | 'partition' | 'committedOffset' | 'logStartOffset' | 'logEndOffset' | 'lag' | 'lagSeconds' | 'status' | 'noCommit' | 'belowLogStart'
> & {
  /** How lagSeconds was obtained; null for rows stored before record timestamps (and when there is nothing to tell). */
  lagSecondsMethod: TimeLagMethod | null
  lagSecondsClamped: boolean
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
  /** Share groups: the topics the member subscribed to. */
  subscribedTopics?: string[]
  /** Streams groups: the member's process and its tasks, "subtopology 0: 0, 1" per subtopology. */
  processId?: string
  activeTasks?: string[]
  standbyTasks?: string[]
  warmupTasks?: string[]
}

/** A streams group's subtopology as the page shows it: what it reads, and its task partitions over all members. */
export type SubtopologyRow = { subtopologyId: string; sourceTopics: string[]; activeTasks: number; standbyTasks: number; warmupTasks: number }

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
      lagSecondsMethod: p.lagSecondsMethod ?? null,
      lagSecondsClamped: p.lagSecondsClamped ?? false,
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

const taskLines = (tasks: StreamsTask[]) =>
  [...tasks]
    .sort((a, b) => a.subtopologyId.localeCompare(b.subtopologyId, undefined, { numeric: true }))
    .map((t) => `subtopology ${t.subtopologyId}: ${[...t.partitions].sort((x, y) => x - y).join(', ')}`)

/**
 * members through their schema (a member that does not parse is skipped), each member's partitions
 * per topic; a share member's subscriptions, a streams member's process and tasks.
 */
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
        subscribedTopics: m.subscribedTopics && [...m.subscribedTopics].sort(),
        processId: m.streams?.processId,
        activeTasks: m.streams && taskLines(m.streams.activeTasks),
        standbyTasks: m.streams && taskLines(m.streams.standbyTasks),
        warmupTasks: m.streams && taskLines(m.streams.warmupTasks),
      }
    })
    .sort((a, b) => a.clientId.localeCompare(b.clientId) || a.memberId.localeCompare(b.memberId))
}

/** A streams group's subtopologies from its members' tasks (a subtopology no member runs is not known here), by id. */
export function toSubtopologyRows(members: unknown): SubtopologyRow[] {
  const rows = new Map<string, SubtopologyRow>()
  const add = (tasks: StreamsTask[], kind: 'activeTasks' | 'standbyTasks' | 'warmupTasks') => {
    for (const t of tasks) {
      const row = rows.get(t.subtopologyId) ?? { subtopologyId: t.subtopologyId, sourceTopics: [], activeTasks: 0, standbyTasks: 0, warmupTasks: 0 }
      row.sourceTopics = [...new Set([...row.sourceTopics, ...t.sourceTopics])].sort()
      row[kind] += t.partitions.length
      rows.set(t.subtopologyId, row)
    }
  }
  for (const m of parseStoredList(groupMemberSchema, members).items) {
    if (!m.streams) continue
    add(m.streams.activeTasks, 'activeTasks')
    add(m.streams.standbyTasks, 'standbyTasks')
    add(m.streams.warmupTasks, 'warmupTasks')
  }
  return [...rows.values()].sort((a, b) => a.subtopologyId.localeCompare(b.subtopologyId, undefined, { numeric: true }))
}

/** When the group's committed offsets last moved (lastCommitMovedAt over partitionDetail's Burrow windows), ISO; null when not since monitoring began. */
export function lastCommitOf(partitionDetail: unknown): string | null {
  const at = lastCommitMovedAt(parseStoredList(partitionDetailSchema, partitionDetail).items.map((p) => decodeWindow(p.window)))
  return at === null ? null : new Date(at).toISOString()
}
