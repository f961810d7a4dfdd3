import type { TimeLagTable } from '@/features/consumer-groups/lib'

/**
 * The tables the sync engine reads and writes directly (sync/db/raw.ts), by Payload's table name,
 * with the columns it uses under their field names and the values drizzle returns for them on
 * both dialects: Payload maps numbers to numeric (mode 'number') on PostgreSQL and dates to
 * strings, relationships to the related id. json columns are `unknown` unless only the sync engine
 * writes them (then typed as it writes them).
 */
export type RawRows = {
  kafka_consumer_groups: {
    id: number
    groupId: string
    cluster: number
    groupType: string | null
    protocolType: string | null
    workspace: number | null
    virtualCluster: number | null
    application: number | null
    status: string
    state: string | null
    memberCount: number | null
    members: unknown
    emptySince: string | null
    lastSeenAt: string | null
    lag: number | null
    subscribedTopicNames: unknown
    updatedAt: string
  }
  kafka_consumer_group_lag: {
    id: number
    consumerGroup: number
    workspace: number | null
    virtualCluster: number | null
    lagCheckedAt: string | null
    partitionDetail: unknown
    lagStatus: string | null
    lagRule: string | null
    lagReason: string | null
    verdictState: unknown
  }
  kafka_consumer_groups_rels: { id: number; parent: number; path: string; order: number | null; 'kafka-topicsID': number | null }
  kafka_topics: {
    id: number
    cluster: number
    fullName: string
    name: string
    status: string | null
    configs: unknown
    deletedAt: string | null
    workspace: number | null
    virtualCluster: number | null
    application: number | null
    updatedAt: string
  }
  kafka_partition_offsets: { cluster: number; topic: string; partition: number; timeTable: TimeLagTable | null; recentLogEnds: number[] | null }
  kafka_consumer_group_lag_history: {
    consumerGroup: number
    cluster: number
    workspace: number | null
    virtualCluster: number | null
    timestamp: string
    resolution: 'raw' | 'hour' | 'day'
    totalLag: number | null
    totalLagMin: number | null
    totalLagMax: number | null
    maxPartitionLag: number | null
    lagSeconds: number | null
    lagSecondsMax: number | null
    sampleCount: number | null
    memberCount: number | null
    state: string | null
    /** Raw rows: the hour's polls packed (lib/packed-samples.ts). */
    samples: string | null
  }
  kafka_consumer_group_events: {
    id: number
    consumerGroup: number
    cluster: number
    workspace: number | null
    virtualCluster: number | null
    timestamp: string
    kind: string
    memberId: string | null
    clientId: string | null
    host: string | null
    fromState: string | null
    toState: string | null
    topic: string | null
    partition: number | null
    fromOffset: number | null
    toOffset: number | null
    updatedAt: string
    createdAt: string
  }
  kafka_schemas: {
    id: number
    cluster: number
    subject: string
    workspace: number | null
    virtualCluster: number | null
    application: number | null
    topic: number | null
    topicName: string | null
    type: 'key' | 'value' | null
    versionList: string | null
    status: string
    updatedAt: string
  }
  kafka_schema_versions: {
    schema: number
    cluster: number
    workspace: number | null
    version: number
    registeredAt: string | null
    content: string | null
    references: unknown
    status: string
  }
  kafka_virtual_clusters: {
    id: number
    physicalCluster: number
    workspace: number | null
    application: number | null
    topicPrefix: string
    groupPrefix: string
  }
  alert_states: {
    id: number
    fingerprint: string
    rule: number
    workspace: number | null
    cluster: number
    targetKind: string
    targetId: number
    targetName: string
    clusterName: string
    targetPath: string
    status: string
    statusSince: string
    consecutive: number
    reason: string | null
    lastFiringNotifiedAt: string | null
    notifiedStatus: string | null
    conditionSince: string | null
    committedOffsets: number | null
    acknowledgedAt: string | null
    updatedAt: string
    createdAt: string
  }
  alert_events: {
    id: number
    fingerprint: string
    rule: number
    workspace: number | null
    targetKind: string
    targetName: string
    clusterName: string
    targetPath: string
    fromStatus: string | null
    toStatus: string
    at: string
    reason: string | null
    notified: boolean
  }
  kafka_clusters: { id: number; name: string }
  kafka_metrics_snapshots: {
    id: number
    cluster: number
    workspace: number | null
    cycle: number
    family: string
    part: number
    lines: string | null
    updatedAt: string
    createdAt: string
  }
  sync_leases: { name: string; holder: string; expiresAt: string; updatedAt: string; createdAt: string }
  sync_runs: { id: number; outcome: string }
  sync_staging: { id: number; run: number; part: string; seq: number; data: unknown; updatedAt: string; createdAt: string }
  alert_deliveries: {
    id: number
    workspace: number | null
    channel: number | null
    fingerprint: string | null
    notification: unknown
    status: 'pending' | 'sending' | 'retrying' | 'sent' | 'failed'
    attempts: number
    nextAttemptAt: string | null
    lastAttemptAt: string | null
    sentAt: string | null
    responseCode: number | null
    lastError: string | null
    updatedAt: string
    createdAt: string
  }
}

export type TableName = keyof RawRows
