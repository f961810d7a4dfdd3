import type { TopicConsumption, TopicConfigValues, TopicPartition } from '@/features/topics/lib'
import type { PartitionOffsets, TopicConfigs, TopicMetadata } from '@/integrations/kafka'
import type { Row } from '@/sync/db/raw'
import type { Owner } from '@/sync/ownership'

/** A topic as the sync reads it back: what a new listing must not lose. */
export type StoredTopic = { fullName: string; name: string; status: string | null; configs: unknown }

export type TopicRowInput = {
  clusterId: number
  topic: TopicMetadata
  /** The topic's configs from this sync; undefined when the broker answered its resource with an error. */
  configs: TopicConfigs | undefined
  offsets: Map<string, PartitionOffsets>
  owner: Owner
  /** Topic prefix of the owning virtual cluster, stripped for the name inside it. */
  ownerPrefix: string | null
  stored: StoredTopic | undefined
  consumption: TopicConsumption | undefined
  now: Date
}

export const offsetKey = (topic: string, partition: number) => `${partition}\u0000${topic}`

/** The name inside the virtual cluster: a stored name is kept (an admin may have set it), else the physical name without the prefix. */
export function virtualTopicName(fullName: string, ownerPrefix: string | null, stored?: StoredTopic): string {
  if (stored?.name) return stored.name
  return ownerPrefix && fullName.startsWith(ownerPrefix) && fullName.length > ownerPrefix.length ? fullName.slice(ownerPrefix.length) : fullName
}

/** One kafka-topics row of a listed topic (raw upsert: every column it sets, timestamps included). Pure. */
export function buildTopicRow(input: TopicRowInput): Row {
  const { topic, stored, now } = input
  const partitionDetail: TopicPartition[] = topic.partitions.map((p) => {
    const offsets = input.offsets.get(offsetKey(topic.name, p.partition))
    return {
      partition: p.partition,
      leader: p.leader,
      replicas: p.replicas,
      isr: p.isr,
      logStartOffset: offsets?.logStartOffset ?? null,
      logEndOffset: offsets?.logEndOffset ?? null,
    }
  })
  const replicationFactor = Math.max(0, ...topic.partitions.map((p) => p.replicas.length))
  const configs: TopicConfigValues | null = input.configs ?? (isConfigRecord(stored?.configs) ? stored.configs : null)
  return {
    cluster: input.clusterId,
    fullName: topic.name,
    name: virtualTopicName(topic.name, input.ownerPrefix, stored),
    workspace: input.owner.workspace,
    virtualCluster: input.owner.virtualCluster,
    application: input.owner.application,
    internal: topic.internal,
    partitions: topic.partitions.length || null,
    replicationFactor: replicationFactor || null,
    partitionDetail,
    configs,
    status: 'active',
    consumerGroupCount: input.consumption?.consumerGroupCount ?? 0,
    worstGroupLag: input.consumption?.worstGroupLag ?? null,
    lastSeenAt: now.toISOString(),
    deletedAt: null,
    updatedAt: now.toISOString(),
    createdAt: now.toISOString(),
  }
}

/** Stored topics the listing no longer has: marked deleted (once), never dropped. */
export function topicsToMarkDeleted(stored: StoredTopic[], listed: Set<string>): string[] {
  return stored.filter((t) => t.status !== 'deleted' && !listed.has(t.fullName)).map((t) => t.fullName)
}

function isConfigRecord(value: unknown): value is TopicConfigValues {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
