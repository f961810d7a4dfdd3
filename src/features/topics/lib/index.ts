// Topic logic the sync engine, queries and UI use: pure functions, no I/O.
export * from '@/features/topics/lib/types'
export * from '@/features/topics/lib/stored-shapes'
export { consumedTopics, groupLagOnTopic, topicConsumption, type ConsumingGroup, type TopicConsumption } from '@/features/topics/lib/consumption'
