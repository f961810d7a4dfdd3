import type { Activities } from '@/sync/activities'
import type { ClusterJobInput, ClusterJobResult } from '@/sync/shared/jobs'

type GroupSyncActivities = Pick<Activities, 'startSyncRun' | 'finishSyncRun' | 'syncConsumerGroups'>

/**
 * ConsumerGroupSyncWorkflow for one cluster: one batched pass (list, describe, committed offsets,
 * bulk upsert). Deterministic; a failure records a failed run and changes no group's status.
 */
export async function runConsumerGroupSync(acts: GroupSyncActivities, input: ClusterJobInput): Promise<ClusterJobResult> {
  const { runId, startedAt } = await acts.startSyncRun({ job: 'consumerGroupSync', clusterId: input.clusterId, runner: input.runner })
  let result: ClusterJobResult
  try {
    const counts = await acts.syncConsumerGroups({ clusterId: input.clusterId })
    result = { clusterId: input.clusterId, outcome: 'succeeded', counts }
  } catch (error) {
    result = { clusterId: input.clusterId, outcome: 'failed', counts: {}, error: error instanceof Error ? error.message : String(error) }
  }
  await acts.finishSyncRun({ runId, job: 'consumerGroupSync', startedAt, result })
  return result
}
