import type { Activities } from '@/sync/activities'
import type { ClusterJobInput, ClusterJobResult } from '@/sync/shared/jobs'

type LagCheckActivities = Pick<Activities, 'startSyncRun' | 'finishSyncRun' | 'checkConsumerLag'>

/** ConsumerLagCheckWorkflow for one cluster: one batched pass; a failure is recorded, nothing written. */
export async function runConsumerLagCheck(acts: LagCheckActivities, input: ClusterJobInput): Promise<ClusterJobResult> {
  const { runId, startedAt } = await acts.startSyncRun({ job: 'lagCheck', clusterId: input.clusterId, runner: input.runner })
  let result: ClusterJobResult
  try {
    const counts = await acts.checkConsumerLag({ clusterId: input.clusterId })
    result = { clusterId: input.clusterId, outcome: 'succeeded', counts }
  } catch (error) {
    result = { clusterId: input.clusterId, outcome: 'failed', counts: {}, error: error instanceof Error ? error.message : String(error) }
  }
  await acts.finishSyncRun({ runId, job: 'lagCheck', startedAt, result })
  return result
}
