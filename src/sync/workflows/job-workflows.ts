import type { Activities } from '@/sync/activities'
import type { ClusterJobInput, ClusterJobResult, SyncJob } from '@/sync/shared/jobs'

import { runConsumerGroupSync } from '@/sync/workflows/consumer-group-sync'
import { runLagCheck } from '@/sync/workflows/lag-check'
import { runRetention } from '@/sync/workflows/retention'
import { runSchemaSync } from '@/sync/workflows/schema-sync'
import { runTopicSync } from '@/sync/workflows/topic-sync'

/**
 * The orchestrator of each job, one file per job named after its key. Shared by the Temporal
 * workflows (src/sync/workflows/index.ts, with proxied activities), the embedded runner and
 * "sync now" (with the activities themselves).
 */
export const JOB_WORKFLOWS: Record<SyncJob, (acts: Activities, input: ClusterJobInput) => Promise<ClusterJobResult>> = {
  schemaSync: runSchemaSync,
  consumerGroupSync: runConsumerGroupSync,
  lagCheck: runLagCheck,
  retention: runRetention,
  topicSync: runTopicSync,
}
