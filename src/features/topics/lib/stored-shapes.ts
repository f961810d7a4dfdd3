/**
 * The JSON kafka-topics stores, one zod schema per shape: the topic sync writes these types, the
 * Payload json fields carry them into payload-types.ts, every reader parses through them.
 */
import { z } from 'zod'

/** One element of kafka-topics.partitionDetail: the partition's replicas and its log bounds at the last topic sync. */
export const topicPartitionSchema = z.object({
  partition: z.number().int(),
  leader: z.number().int(),
  replicas: z.array(z.number().int()),
  isr: z.array(z.number().int()),
  /** Earliest offset still in the log; null when the leader did not answer. */
  logStartOffset: z.number().nullable(),
  /** Offset the next record will get; null when the leader did not answer. */
  logEndOffset: z.number().nullable(),
})
export type TopicPartition = z.infer<typeof topicPartitionSchema>

/** kafka-topics.configs: the configs people look at (TOPIC_CONFIG_KEYS), name -> value as the broker reports it. */
export const topicConfigsSchema = z.record(z.string(), z.string().nullable())
export type TopicConfigValues = z.infer<typeof topicConfigsSchema>
