import type { Activities } from '@/sync/activities'
import type { ClusterJobInput, ClusterJobResult } from '@/sync/shared/jobs'

import { runSingleStepJob } from '@/sync/workflows/single-step-job'

type RetentionActivities = Pick<Activities, 'startSyncRun' | 'finishSyncRun' | 'retention'>

/** Lag-history retention (retentionWorkflow) for one cluster: roll up, then delete; a failure is recorded and deletes nothing. */
export function runRetention(acts: RetentionActivities, input: ClusterJobInput): Promise<ClusterJobResult> {
  return runSingleStepJob(acts, 'retention', acts.retention, input)
}
