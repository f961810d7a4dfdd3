import type { Activities } from '@/sync/activities'
import type { ClusterJobInput, ClusterJobResult, SyncJob } from '@/sync/shared/jobs'

type RunActivities = Pick<Activities, 'startSyncRun' | 'finishSyncRun'>

/**
 * A cluster job made of one batched activity: record the run, call the step, record the outcome.
 * Deterministic; a failed step is recorded as a failed run and nothing else happens.
 */
export async function runSingleStepJob(
  acts: RunActivities,
  job: SyncJob,
  step: (input: { clusterId: number }) => Promise<Record<string, number>>,
  input: ClusterJobInput,
): Promise<ClusterJobResult> {
  const { runId, startedAt } = await acts.startSyncRun({ job, clusterId: input.clusterId, runner: input.runner })
  let result: ClusterJobResult
  try {
    result = { clusterId: input.clusterId, outcome: 'succeeded', counts: await step({ clusterId: input.clusterId }) }
  } catch (error) {
    result = { clusterId: input.clusterId, outcome: 'failed', counts: {}, error: error instanceof Error ? error.message : String(error) }
  }
  await acts.finishSyncRun({ runId, job, startedAt, result })
  return result
}
