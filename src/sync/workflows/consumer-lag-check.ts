import type { Activities } from '@/sync/activities'
import type { ClusterJobInput, ClusterJobResult } from '@/sync/shared/jobs'

import { runSingleStepJob } from '@/sync/workflows/single-step-job'

type LagCheckActivities = Pick<Activities, 'startSyncRun' | 'finishSyncRun' | 'checkConsumerLag'>

/** ConsumerLagCheckWorkflow for one cluster: one batched pass; a failure is recorded, nothing written. */
export function runConsumerLagCheck(acts: LagCheckActivities, input: ClusterJobInput): Promise<ClusterJobResult> {
  return runSingleStepJob(acts, 'lagCheck', acts.checkConsumerLag, input)
}
