/** What the Kafka admin client returns. Offsets are numbers: Kafka's fit in 2^53 in practice. */

import type { GroupType } from '@/features/consumer-groups/lib/types'

export { GROUP_TYPES, type GroupType } from '@/features/consumer-groups/lib/types'

export type GroupListing = {
  groupId: string
  groupType: GroupType
  /** "consumer" for consumer groups, "" for groups that use no embedded protocol (e.g. Connect uses "connect"). */
  protocolType: string
  /** Broker's state name: Stable, Empty, PreparingRebalance, CompletingRebalance, Assigning, Reconciling, Dead … */
  state: string
}

export type Coordinator = { nodeId: number; host: string; port: number }

export type TopicAssignment = { topic: string; partitions: number[] }

/** A streams task set of one subtopology: the partitions it processes of each of the subtopology's source topics. */
export type StreamsTask = { subtopologyId: string; sourceTopics: string[]; partitions: number[] }

/** What a streams group's member runs (KIP-1071): its process and its active, standby and warm-up tasks. */
export type StreamsMemberTasks = {
  processId: string
  instanceId: string | null
  activeTasks: StreamsTask[]
  standbyTasks: StreamsTask[]
  warmupTasks: StreamsTask[]
}

/**
 * `assignments` are the partitions the member reads: classic and consumer groups' assignment, a
 * share group's (KIP-932: partitions are shared, several members can hold the same one), a streams
 * member's active tasks on their source topics.
 */
export type GroupMember = {
  memberId: string
  clientId: string
  host: string
  assignments: TopicAssignment[]
  /** Share groups: the topics the member subscribed to. */
  subscribedTopics?: string[]
  /** Streams groups: process and tasks. */
  streams?: StreamsMemberTasks
}

export type GroupDescription = {
  groupId: string
  groupType: GroupType
  state: string
  protocolType: string
  /** Classic: the chosen protocol (e.g. "range"); KIP-848: the server-side assignor (e.g. "uniform"). */
  assignmentStrategy: string | null
  coordinator: Coordinator
  members: GroupMember[]
  /** False when the broker was not asked: it lacks the describe API of the group's type (ShareGroupDescribe, StreamsGroupDescribe). */
  described: boolean
}

/** A group to describe: an id (type found out) or a listing from `listGroups`. */
export type GroupRef = string | (Pick<GroupListing, 'groupId'> & Partial<GroupListing>)

/**
 * A group's position on a partition: the committed offset, or a share group's share-partition start
 * offset (the first record not yet acknowledged). `lag` is the broker's own count where it reports
 * one (share groups, DescribeShareGroupOffsets v1+: acknowledged records past the start offset do
 * not count); otherwise lag is log end minus offset.
 */
export type CommittedOffset = { topic: string; partition: number; offset: number; lag?: number }

export type PartitionOffsets = {
  topic: string
  partition: number
  leader: number
  /** Earliest offset still in the log. */
  logStartOffset: number
  /** Offset the next record will get (the "latest" offset). */
  logEndOffset: number
}

export type TopicPartitionMetadata = { partition: number; leader: number; replicas: number[]; isr: number[] }

export type TopicMetadata = {
  name: string
  /** The broker's internal topics (__consumer_offsets, __transaction_state). */
  internal: boolean
  partitions: TopicPartitionMetadata[]
}

/** Config name -> value as the broker reports it (null when unset and without a default). */
export type TopicConfigs = Record<string, string | null>
