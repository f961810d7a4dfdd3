import { parseStoredList, partitionDetailSchema } from '@/features/consumer-groups/lib/stored-shapes'

/** A consumer group as the topic views read it: its subscribed topics and its last lag check's partitions. */
export type ConsumingGroup = { subscribedTopicNames: unknown; partitionDetail: unknown }

/** Per topic: how many groups consume it, and the largest lag one group has on it (its partitions' lags summed). */
export type TopicConsumption = { consumerGroupCount: number; worstGroupLag: number | null }

/**
 * A group's lag on one topic: the sum of its partitions' lags on that topic, null when none of
 * them has a commit (no lag is not the same as a lag of 0).
 */
export function groupLagOnTopic(partitionDetail: unknown, topic: string): number | null {
  let total: number | null = null
  for (const p of parseStoredList(partitionDetailSchema, partitionDetail).items) {
    if (p.topic !== topic || p.lag === null) continue
    total = (total ?? 0) + p.lag
  }
  return total
}

/** Topics a group consumes: its subscribed topics and those it has partitions (commits) on. */
export function consumedTopics(group: ConsumingGroup): Set<string> {
  const names = new Set<string>()
  if (Array.isArray(group.subscribedTopicNames)) for (const t of group.subscribedTopicNames) if (typeof t === 'string') names.add(t)
  for (const p of parseStoredList(partitionDetailSchema, group.partitionDetail).items) names.add(p.topic)
  return names
}

/** Consumption of every topic the groups consume, from their stored partition detail. Pure. */
export function topicConsumption(groups: ConsumingGroup[]): Map<string, TopicConsumption> {
  const result = new Map<string, TopicConsumption>()
  for (const group of groups) {
    for (const topic of consumedTopics(group)) {
      const entry = result.get(topic) ?? { consumerGroupCount: 0, worstGroupLag: null }
      entry.consumerGroupCount++
      const lag = groupLagOnTopic(group.partitionDetail, topic)
      if (lag !== null && (entry.worstGroupLag === null || lag > entry.worstGroupLag)) entry.worstGroupLag = lag
      result.set(topic, entry)
    }
  }
  return result
}
