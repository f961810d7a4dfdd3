/**
 * Temporal workflow definitions: the shared orchestrators with proxied activities. Bundled by the
 * Temporal worker; imports only @temporalio/workflow and activity *types*.
 */
import { ApplicationFailure, ParentClosePolicy, proxyActivities, startChild } from '@temporalio/workflow'

import type { Activities } from '@/sync/activities'
import { clusterWorkflowId, type ClusterJobInput, type ClusterJobResult, type FanOutInput, type ScheduledJob } from '@/sync/shared/jobs'

import { runConsumerGroupSync } from '@/sync/workflows/consumer-group-sync'
import { runConsumerLagCheck } from '@/sync/workflows/consumer-lag-check'
import { runLagHistoryRetention } from '@/sync/workflows/lag-history-retention'
import { runSchemaSync } from '@/sync/workflows/schema-sync'

const acts = proxyActivities<Activities>({
  startToCloseTimeout: '10 minutes',
  retry: { maximumAttempts: 3, initialInterval: '2 seconds', nonRetryableErrorTypes: ['SchemaRegistryUnauthorizedError'] },
})

export async function schemaSyncWorkflow(input: ClusterJobInput): Promise<ClusterJobResult> {
  return runSchemaSync(acts, input)
}

export async function consumerGroupSyncWorkflow(input: ClusterJobInput): Promise<ClusterJobResult> {
  return runConsumerGroupSync(acts, input)
}

export async function consumerLagCheckWorkflow(input: ClusterJobInput): Promise<ClusterJobResult> {
  return runConsumerLagCheck(acts, input)
}

export async function lagHistoryRetentionWorkflow(input: ClusterJobInput): Promise<ClusterJobResult> {
  return runLagHistoryRetention(acts, input)
}

export async function lagHistoryRetentionAllClustersWorkflow(input: FanOutInput): Promise<ClusterJobResult[]> {
  return fanOut('retention', lagHistoryRetentionWorkflow, input)
}

export async function consumerLagCheckAllClustersWorkflow(input: FanOutInput): Promise<ClusterJobResult[]> {
  return fanOut('lagCheck', consumerLagCheckWorkflow, input)
}

export async function schemaSyncAllClustersWorkflow(input: FanOutInput): Promise<ClusterJobResult[]> {
  return fanOut('schemaSync', schemaSyncWorkflow, input)
}

export async function consumerGroupSyncAllClustersWorkflow(input: FanOutInput): Promise<ClusterJobResult[]> {
  return fanOut('consumerGroupSync', consumerGroupSyncWorkflow, input)
}

/**
 * What a schedule starts: one child workflow per eligible cluster, each with its deterministic
 * id, so one cluster's failure never stops the others and a cluster never syncs twice at once.
 */
async function fanOut(
  job: ScheduledJob,
  child: (input: ClusterJobInput) => Promise<ClusterJobResult>,
  { runner, idPrefix }: FanOutInput,
): Promise<ClusterJobResult[]> {
  const clusterIds = await acts.listSyncableClusters({ job })
  const started = await Promise.allSettled(
    clusterIds.map((clusterId) =>
      startChild(child, {
        workflowId: clusterWorkflowId(idPrefix, job, clusterId),
        args: [{ clusterId, runner }],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      }),
    ),
  )
  // A child that did not start fails like one that ran and failed (startChild rejects with Temporal's errors).
  const results = await Promise.allSettled(started.map((s) => (s.status === 'fulfilled' ? s.value.result() : Promise.reject(s.reason as Error))))
  const outcomes = results.map((r, i): ClusterJobResult =>
    r.status === 'fulfilled' ? r.value : { clusterId: clusterIds[i]!, outcome: 'failed', counts: {}, error: String(r.reason) },
  )
  if (outcomes.length > 0 && outcomes.every((o) => o.outcome === 'failed')) {
    throw ApplicationFailure.nonRetryable(`every cluster failed: ${outcomes.map((o) => o.error).join('; ')}`)
  }
  return outcomes
}
