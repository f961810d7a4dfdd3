import type { Payload } from 'payload'

import { TOPIC_CONFIG_KEYS, topicConsumption } from '@/features/topics/lib'
import { bulkUpsert } from '@/sync/db/bulk-upsert'
import { ownershipSignature, reownIfMovedDuring } from '@/sync/reown/moved-during'
import { drizzleOf, nowIso, sql, tableOf } from '@/sync/db/raw'
import { loadOwnership } from '@/sync/activities/ownership'
import type { KafkaClientFactory } from '@/sync/activities/consumer-group-sync/activities'

import { buildTopicRow, offsetKey, topicsToMarkDeleted, type StoredTopic } from '@/sync/activities/topic-sync/build-rows'

const UPDATED_ON_SYNC = [
  'name',
  'workspace',
  'virtualCluster',
  'application',
  'internal',
  'partitions',
  'replicationFactor',
  'partitionDetail',
  'configs',
  'status',
  'consumerGroupCount',
  'worstGroupLag',
  'lastSeenAt',
  'deletedAt',
  'updatedAt',
]

export function createTopicSyncActivities(payload: Payload, kafkaClient: KafkaClientFactory) {
  return {
    /**
     * The topic sync of one cluster in one pass: every topic from one Metadata request, their
     * configs from one DescribeConfigs per batch, their log start/end offsets (one ListOffsets per
     * leader and bound), owners by prefix, and consumption from the groups' last lag check; all
     * topics upserted in bulk. Topics gone from the cluster are marked deleted. Any failed read
     * throws before anything is written, so a failing sync never marks a topic deleted.
     */
    async topicSync({ clusterId }: { clusterId: number }): Promise<Record<string, number>> {
      const client = await kafkaClient(clusterId)
      const ownedBy = await ownershipSignature(payload, clusterId)
      const topics = await client.listTopics()
      const names = topics.map((t) => t.name)
      const [configs, offsets, ownership, prefixes, stored, groups] = await Promise.all([
        client.describeTopicConfigs(names, TOPIC_CONFIG_KEYS),
        client.fetchPartitionOffsets(names),
        loadOwnership(payload, clusterId),
        topicPrefixes(payload, clusterId),
        storedTopics(payload, clusterId),
        consumingGroups(payload, clusterId),
      ])
      const offsetsByPartition = new Map(offsets.map((o) => [offsetKey(o.topic, o.partition), o]))
      const storedByName = new Map(stored.map((t) => [t.fullName, t]))
      const consumption = topicConsumption(groups)
      const now = new Date()
      const rows = topics.map((topic) => {
        const owner = ownership.ownerOfTopicName(topic.name)
        return buildTopicRow({
          clusterId,
          topic,
          configs: configs.get(topic.name),
          offsets: offsetsByPartition,
          owner,
          ownerPrefix: owner.virtualCluster === null ? null : (prefixes.get(owner.virtualCluster) ?? null),
          stored: storedByName.get(topic.name),
          consumption: consumption.get(topic.name),
          now,
        })
      })
      await bulkUpsert(payload, { table: 'kafka_topics', conflict: ['cluster', 'fullName'], update: UPDATED_ON_SYNC }, rows)
      await reownIfMovedDuring(payload, clusterId, ownedBy) // owners above may predate a change of virtual clusters
      const deleted = topicsToMarkDeleted(stored, new Set(names))
      if (deleted.length) {
        const t = tableOf(payload, 'kafka_topics')
        await drizzleOf(payload)
          .update(t)
          .set({ status: 'deleted', deletedAt: now.toISOString(), updatedAt: nowIso() })
          .where(sql`${t.cluster} = ${clusterId} AND ${t.fullName} IN ${deleted}`)
      }
      return {
        topics: rows.length,
        internal: topics.filter((t) => t.internal).length,
        withoutConfigs: topics.filter((t) => !configs.has(t.name)).length,
        deleted: deleted.length,
        requests: client.requestCount,
      }
    },
  }
}

async function storedTopics(payload: Payload, clusterId: number): Promise<StoredTopic[]> {
  const t = tableOf(payload, 'kafka_topics')
  return drizzleOf(payload)
    .select({ fullName: t.fullName, name: t.name, status: t.status, configs: t.configs })
    .from(t)
    .where(sql`${t.cluster} = ${clusterId}`)
}

async function topicPrefixes(payload: Payload, clusterId: number): Promise<Map<number, string>> {
  const t = tableOf(payload, 'kafka_virtual_clusters')
  const rows = await drizzleOf(payload)
    .select({ id: t.id, topicPrefix: t.topicPrefix })
    .from(t)
    .where(sql`${t.physicalCluster} = ${clusterId}`)
  return new Map(rows.map((r) => [r.id, r.topicPrefix]))
}

/** Groups that still exist on the cluster (archived ones consume nothing), with what the lag check stored. */
async function consumingGroups(payload: Payload, clusterId: number) {
  const t = tableOf(payload, 'kafka_consumer_groups')
  const lag = tableOf(payload, 'kafka_consumer_group_lag')
  return drizzleOf(payload)
    .select({ subscribedTopicNames: t.subscribedTopicNames, partitionDetail: lag.partitionDetail })
    .from(t)
    .leftJoin(lag, sql`${lag.consumerGroup} = ${t.id}`)
    .where(sql`${t.cluster} = ${clusterId} AND ${t.status} <> 'archived'`)
}
