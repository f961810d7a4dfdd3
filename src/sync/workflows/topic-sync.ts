import type { Activities } from '@/sync/activities'
import type { ClusterJobInput, ClusterJobResult } from '@/sync/shared/jobs'

import { runSingleStepJob } from '@/sync/workflows/single-step-job'

type TopicSyncActivities = Pick<Activities, 'startSyncRun' | 'finishSyncRun' | 'topicSync'>

/** The topic sync (topicSyncWorkflow) for one cluster: one batched pass; a failure marks no topic deleted. */
export function runTopicSync(acts: TopicSyncActivities, input: ClusterJobInput): Promise<ClusterJobResult> {
  return runSingleStepJob(acts, 'topicSync', acts.topicSync, input)
}
