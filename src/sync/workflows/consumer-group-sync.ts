import type { Activities } from '@/sync/activities'
import type { ClusterJobInput, ClusterJobResult } from '@/sync/shared/jobs'

import { runSingleStepJob } from '@/sync/workflows/single-step-job'

type GroupSyncActivities = Pick<Activities, 'startSyncRun' | 'finishSyncRun' | 'syncConsumerGroups'>

/** ConsumerGroupSyncWorkflow for one cluster: one batched pass; a failure changes no group's status. */
export function runConsumerGroupSync(acts: GroupSyncActivities, input: ClusterJobInput): Promise<ClusterJobResult> {
  return runSingleStepJob(acts, 'consumerGroupSync', acts.syncConsumerGroups, input)
}
