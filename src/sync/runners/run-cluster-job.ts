import type { Activities } from '@/sync/activities'
import { runConsumerGroupSync } from '@/sync/workflows/consumer-group-sync'
import { runConsumerLagCheck } from '@/sync/workflows/consumer-lag-check'
import { runLagHistoryRetention } from '@/sync/workflows/lag-history-retention'
import { runSchemaSync } from '@/sync/workflows/schema-sync'
import type { ClusterJobInput, ClusterJobResult, ScheduledJob } from '@/sync/shared/jobs'

/** The orchestrator of each job, shared by the embedded runner and "sync now". */
export const CLUSTER_WORKFLOWS: Record<ScheduledJob, (acts: Activities, input: ClusterJobInput) => Promise<ClusterJobResult>> = {
  schemaSync: runSchemaSync,
  consumerGroupSync: runConsumerGroupSync,
  lagCheck: runConsumerLagCheck,
  retention: runLagHistoryRetention,
}
