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

export type GroupMember = {
  memberId: string
  clientId: string
  host: string
  assignments: TopicAssignment[]
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
  /** False for share and streams groups: @platformatic/kafka 2.12 lacks their describe APIs. */
  described: boolean
}

/** A group to describe: an id (type found out) or a listing from `listGroups`. */
export type GroupRef = string | (Pick<GroupListing, 'groupId'> & Partial<GroupListing>)

export type CommittedOffset = { topic: string; partition: number; offset: number }

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
