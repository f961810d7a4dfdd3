/**
 * Slim, serialisable rows for the topic tables, built on the server from the documents the queries
 * return (relations at depth 1, JSON as stored). Pure, unit-tested.
 */
import { groupLagOnTopic } from '@/features/topics/lib/consumption'
import { parseStoredList } from '@/features/consumer-groups/lib/stored-shapes'
import { topicPartitionSchema } from '@/features/topics/lib/stored-shapes'

type Named = { id: number; name?: string | null; environment?: string | null }
type Relation = number | Named | null | undefined

const named = (value: Relation): Named | null => (value && typeof value === 'object' ? value : null)
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)

/** A key or value schema of a topic as the tables show it: the subject, its latest version and that version's verdict. */
export type TopicSchemaRef = { id: number; subject: string; latestVersion: number | null; isCompatible: boolean | null }

export type TopicListRow = {
  id: number
  name: string
  fullName: string
  partitions: number | null
  replicationFactor: number | null
  consumerGroupCount: number | null
  worstGroupLag: number | null
  status: string
  internal: boolean
  workspace: string | null
  application: string | null
  environment: string | null
  cluster: string | null
  keySchema: TopicSchemaRef | null
  valueSchema: TopicSchemaRef | null
}

export type TopicDocForRow = {
  id: number
  name: string
  fullName: string
  partitions?: number | null
  replicationFactor?: number | null
  consumerGroupCount?: number | null
  worstGroupLag?: number | null
  status?: string | null
  internal?: boolean | null
  workspace?: Relation
  application?: Relation
  virtualCluster?: Relation
  cluster?: Relation
}

export function toTopicListRow(doc: TopicDocForRow, schemas?: { key: TopicSchemaRef | null; value: TopicSchemaRef | null }): TopicListRow {
  return {
    id: doc.id,
    name: doc.name,
    fullName: doc.fullName,
    partitions: num(doc.partitions),
    replicationFactor: num(doc.replicationFactor),
    consumerGroupCount: num(doc.consumerGroupCount),
    worstGroupLag: num(doc.worstGroupLag),
    status: doc.status ?? 'active',
    internal: Boolean(doc.internal),
    workspace: named(doc.workspace)?.name ?? null,
    application: named(doc.application)?.name ?? null,
    environment: named(doc.virtualCluster)?.environment ?? null,
    cluster: named(doc.cluster)?.name ?? null,
    keySchema: schemas?.key ?? null,
    valueSchema: schemas?.value ?? null,
  }
}

export type TopicPartitionRow = {
  partition: number
  leader: number
  replicas: string
  isr: string
  /** Fewer in-sync replicas than replicas. */
  underReplicated: boolean
  logStartOffset: number | null
  logEndOffset: number | null
  /** Records in the log (end − start), when both are known. */
  records: number | null
}

/** partitionDetail through its schema (a partition that does not parse is skipped), by partition. */
export function toTopicPartitionRows(partitionDetail: unknown): TopicPartitionRow[] {
  return parseStoredList(topicPartitionSchema, partitionDetail)
    .items.map((p) => ({
      partition: p.partition,
      leader: p.leader,
      replicas: p.replicas.join(', '),
      isr: p.isr.join(', '),
      underReplicated: p.isr.length < p.replicas.length,
      logStartOffset: p.logStartOffset,
      logEndOffset: p.logEndOffset,
      records: p.logStartOffset !== null && p.logEndOffset !== null ? p.logEndOffset - p.logStartOffset : null,
    }))
    .sort((a, b) => a.partition - b.partition)
}

export type TopicConsumerRow = {
  id: number
  groupId: string
  state: string | null
  lagStatus: string | null
  lagRule: string | null
  lagReason: string | null
  /** The group's lag on this topic (its partitions summed); null without a commit. */
  lagOnTopic: number | null
}

export type GroupDocForConsumerRow = {
  id: number
  groupId: string
  state?: string | null
  lagStatus?: string | null
  lagRule?: string | null
  lagReason?: string | null
  partitionDetail?: unknown
}

/** The groups consuming a topic with their lag on it, largest lag first (no commit last), then by id. */
export function toTopicConsumerRows(topicName: string, groups: GroupDocForConsumerRow[]): TopicConsumerRow[] {
  return groups
    .map((g) => ({
      id: g.id,
      groupId: g.groupId,
      state: g.state ?? null,
      lagStatus: g.lagStatus ?? null,
      lagRule: g.lagRule ?? null,
      lagReason: g.lagReason ?? null,
      lagOnTopic: groupLagOnTopic(g.partitionDetail, topicName),
    }))
    .sort((a, b) => (b.lagOnTopic ?? -1) - (a.lagOnTopic ?? -1) || a.groupId.localeCompare(b.groupId))
}
