import type { Payload } from 'payload'

import { createActivities } from '@/sync/activities'
import { runClusterJob, runJobForAllClusters } from '@/sync/runners/embedded'
import { temporalClient, temporalSettings } from '@/sync/runners/temporal/connection'
import { syncSettings, temporalNames } from '@/sync/settings'
import { clusterWorkflowId, type ClusterJobResult, fanOutWorkflowId, JOBS, type SyncJob } from '@/sync/shared/jobs'

export type TriggerResult = { runner: 'temporal'; workflowId: string } | { runner: 'embedded'; results: ClusterJobResult[]; skipped: number[] }

/**
 * "Sync now" for one cluster or all: through Temporal when it is configured (deterministic ids,
 * so a run already in progress is not duplicated), else in-process under the same leases the
 * embedded scheduler uses. The outcome lands in the cluster's sync health either way.
 */
export async function triggerSync(payload: Payload, job: SyncJob, clusterId?: number): Promise<TriggerResult> {
  const settings = temporalSettings()
  if (settings) {
    const client = await temporalClient(settings)
    const { idPrefix, taskQueue } = temporalNames()
    const workflowId = clusterId === undefined ? fanOutWorkflowId(idPrefix, job) : clusterWorkflowId(idPrefix, job, clusterId)
    const workflowType = clusterId === undefined ? JOBS[job].fanOutWorkflow : JOBS[job].workflow
    const args = clusterId === undefined ? [{ runner: 'manual', idPrefix }] : [{ clusterId, runner: 'manual' }]
    await client.workflow.start(workflowType, { workflowId, taskQueue, args })
    return { runner: 'temporal', workflowId }
  }
  const sync = syncSettings()
  const run = {
    payload,
    activities: createActivities({ payload, settings: sync }),
    holder: `manual:${process.pid}`,
    job,
    runner: 'manual' as const,
    leaseMs: sync.runLeaseMs,
  }
  if (clusterId === undefined) return { runner: 'embedded', results: await runJobForAllClusters(run), skipped: [] }
  const result = await runClusterJob({ ...run, clusterId })
  return { runner: 'embedded', results: result ? [result] : [], skipped: result ? [] : [clusterId] }
}
