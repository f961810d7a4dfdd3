import type { Activities } from '@/sync/activities'
import type { ClusterJobInput, ClusterJobResult } from '@/sync/shared/jobs'

import { runSingleStepJob } from '@/sync/workflows/single-step-job'

type LagCheckActivities = Pick<Activities, 'startSyncRun' | 'finishSyncRun' | 'lagCheck'>

/** The lag check (lagCheckWorkflow) for one cluster: one batched pass; a failure is recorded, nothing written. */
export function runLagCheck(acts: LagCheckActivities, input: ClusterJobInput): Promise<ClusterJobResult> {
  return runSingleStepJob(acts, 'lagCheck', acts.lagCheck, input)
}
