import { ConfigResourceTypes, describeConfigsV1, describeConfigsV2, describeConfigsV3, describeConfigsV4 } from '@platformatic/kafka'

import type { KafkaSession } from '@/integrations/kafka/session'
import type { TopicConfigs, TopicMetadata } from '@/integrations/kafka/types'
import { chunk } from '@/lib/chunk'

/** Topics per DescribeConfigs request: one request per batch, never one per topic. */
const CONFIG_BATCH_SIZE = 500

/**
 * Every topic of the cluster from one Metadata request (an empty list asks for none, null for all):
 * partitions with leader, replicas and in-sync replicas, and the broker's internal flag
 * (__consumer_offsets, __transaction_state). A topic the broker answers with an error is left out.
 */
export async function listTopics(session: KafkaSession): Promise<TopicMetadata[]> {
  const metadata = await session.metadata(null)
  return metadata.topics
    .filter((t) => t.errorCode === 0 && t.name)
    .map((t) => ({
      name: t.name!,
      internal: t.isInternal,
      partitions: t.partitions
        .map((p) => ({ partition: p.partitionIndex, leader: p.leaderId, replicas: p.replicaNodes, isr: p.isrNodes }))
        .sort((a, b) => a.partition - b.partition),
    }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

/**
 * The named configs of many topics: one DescribeConfigs per `CONFIG_BATCH_SIZE` topics, sent to the
 * bootstrap broker (topic configs are answered by any broker). A topic whose resource comes back
 * with an error (deleted meanwhile, not authorized) is left out of the map, the others kept.
 */
export async function describeTopicConfigs(session: KafkaSession, topics: string[], keys: readonly string[]): Promise<Map<string, TopicConfigs>> {
  const result = new Map<string, TopicConfigs>()
  const unique = [...new Set(topics)]
  if (unique.length === 0) return result
  const api = await session.pickApi('DescribeConfigs', [describeConfigsV4.api, describeConfigsV3.api, describeConfigsV2.api, describeConfigsV1.api])
  const connection = await session.bootstrapConnection()
  for (const batch of chunk(unique, CONFIG_BATCH_SIZE)) {
    const resources = batch.map((resourceName) => ({ resourceType: ConfigResourceTypes.TOPIC, resourceName, configurationKeys: [...keys] }))
    const response = await session.call(api, connection, resources, false, false)
    for (const r of response.results) {
      if (r.errorCode !== 0) continue
      result.set(r.resourceName, Object.fromEntries(r.configs.filter((c) => !c.isSensitive).map((c) => [c.name, c.value ?? null])))
    }
  }
  return result
}
