/**
 * The one key of a topic partition, spelled as Kafka spells a TopicPartition ("orders-3"): map keys
 * in the lag check and the metrics, table row ids, and the keys of a history row's partitionLag.
 * Unambiguous although topic names contain '-': the partition is the digits after the last '-'.
 */
export type PartitionKey = `${string}-${number}`

export const partitionKey = (topic: string, partition: number): PartitionKey => `${topic}-${partition}`
