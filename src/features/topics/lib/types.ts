/** The topic configs the sync reads and the pages show (one DescribeConfigs per batch of topics). */
export const TOPIC_CONFIG_KEYS = ['cleanup.policy', 'retention.ms', 'retention.bytes', 'min.insync.replicas', 'max.message.bytes'] as const
export type TopicConfigKey = (typeof TOPIC_CONFIG_KEYS)[number]

/** active: listed by the last topic sync; deleted: gone from the cluster (kept, never silently dropped). */
export const TOPIC_STATUSES = ['active', 'deleted'] as const
export type TopicStatus = (typeof TOPIC_STATUSES)[number]

/** TopicNameStrategy: the subjects of a topic's key and value schemas. */
export function topicSubjects(topicName: string): { key: string; value: string } {
  return { key: `${topicName}-key`, value: `${topicName}-value` }
}
