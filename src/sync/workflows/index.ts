/**
 * Temporal workflow definitions: the shared orchestrators with proxied activities. Bundled by the
 * Temporal worker; imports only @temporalio/workflow and activity *types*. Temporal registers a
 * workflow by its export name: every name here is a `workflow` or `fanOutWorkflow` of JOBS
 * (src/sync/shared/jobs.ts), which tests/unit/sync/job-registry.test.ts checks both ways.
 */
import { type ActivityOptions, ApplicationFailure, ParentClosePolicy, proxyActivities, startChild } from '@temporalio/workflow'

import type { Activities } from '@/sync/activities'
import type { LagStateRouting } from '@/sync/runners/temporal/lag-state-routing'
import { clusterWorkflowId, type ClusterJobInput, type ClusterJobResult, type FanOutInput, JOBS, type SyncJob } from '@/sync/shared/jobs'

import { JOB_WORKFLOWS } from '@/sync/workflows/job-workflows'
import { lagCheckOnHolder } from '@/sync/workflows/lag-check-on-holder'
import { runLagCheck } from '@/sync/workflows/lag-check'

const options: ActivityOptions = {
  startToCloseTimeout: '10 minutes',
  retry: { maximumAttempts: 3, initialInterval: '2 seconds', nonRetryableErrorTypes: ['SchemaRegistryUnauthorizedError'] },
}
const acts = proxyActivities<Activities & LagStateRouting>(options)

export async function schemaSyncWorkflow(input: ClusterJobInput): Promise<ClusterJobResult> {
  return JOB_WORKFLOWS.schemaSync(acts, input)
}

export async function consumerGroupSyncWorkflow(input: ClusterJobInput): Promise<ClusterJobResult> {
  return JOB_WORKFLOWS.consumerGroupSync(acts, input)
}

/** The lag check runs on the worker holding the cluster's lag state when there is one (lag-check-on-holder.ts). */
export async function lagCheckWorkflow(input: ClusterJobInput): Promise<ClusterJobResult> {
  // Named one by one: the proxy of the activities has no own keys to spread.
  return runLagCheck({ startSyncRun: acts.startSyncRun, finishSyncRun: acts.finishSyncRun, lagCheck: lagCheckOnHolder(acts, options) }, input)
}

export async function retentionWorkflow(input: ClusterJobInput): Promise<ClusterJobResult> {
  return JOB_WORKFLOWS.retention(acts, input)
}

export async function topicSyncWorkflow(input: ClusterJobInput): Promise<ClusterJobResult> {
  return JOB_WORKFLOWS.topicSync(acts, input)
}

export async function schemaSyncAllClustersWorkflow(input: FanOutInput): Promise<ClusterJobResult[]> {
  return fanOut('schemaSync', input)
}

export async function consumerGroupSyncAllClustersWorkflow(input: FanOutInput): Promise<ClusterJobResult[]> {
  return fanOut('consumerGroupSync', input)
}

export async function lagCheckAllClustersWorkflow(input: FanOutInput): Promise<ClusterJobResult[]> {
  return fanOut('lagCheck', input)
}

export async function retentionAllClustersWorkflow(input: FanOutInput): Promise<ClusterJobResult[]> {
  return fanOut('retention', input)
}

export async function topicSyncAllClustersWorkflow(input: FanOutInput): Promise<ClusterJobResult[]> {
  return fanOut('topicSync', input)
}

/**
 * What a schedule starts: one child workflow per eligible cluster, each with its deterministic
 * id, so one cluster's failure never stops the others and a cluster never syncs twice at once.
 */
async function fanOut(job: SyncJob, { runner, idPrefix }: FanOutInput): Promise<ClusterJobResult[]> {
  const clusterIds = await acts.listSyncableClusters({ job })
  const started = await Promise.allSettled(
    clusterIds.map((clusterId) =>
      startChild<(input: ClusterJobInput) => Promise<ClusterJobResult>>(JOBS[job].workflow, {
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
