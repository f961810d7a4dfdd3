import type { Activities } from '@/sync/activities'
import type { ClusterJobInput, ClusterJobResult } from '@/sync/shared/jobs'

import { runSingleStepJob } from '@/sync/workflows/single-step-job'

type ConsumerGroupSyncActivities = Pick<Activities, 'startSyncRun' | 'finishSyncRun' | 'consumerGroupSync'>

/** The consumer group sync (consumerGroupSyncWorkflow) for one cluster: one batched pass; a failure changes no group's status. */
export function runConsumerGroupSync(acts: ConsumerGroupSyncActivities, input: ClusterJobInput): Promise<ClusterJobResult> {
  return runSingleStepJob(acts, 'consumerGroupSync', acts.consumerGroupSync, input)
}
