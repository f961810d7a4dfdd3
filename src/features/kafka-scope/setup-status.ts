import { envValues } from '@/lib/env'
import { emptyIfForbidden } from '@/lib/forbidden'
import { asUser } from '@/lib/as-user'
import { getPayloadClient } from '@/lib/payload'
import type { User } from '@/payload-types'
import { JOBS } from '@/sync/shared/jobs'

import { setupProgress, type SetupProgress } from '@/features/kafka-scope/lib/setup-steps'
import { getScopeSyncHealth, type ClusterSyncHealth } from '@/features/kafka-scope/sync-health'

/** The jobs whose first success makes data appear on the overview's pages. */
export const FIRST_SYNC_JOBS = ['topicSync', 'consumerGroupSync', 'schemaSync'] as const

export type SetupStatus = SetupProgress & {
  clusters: ClusterSyncHealth[]
  /** Seconds between scheduled runs of each first-sync job: the first run comes within one interval. */
  intervals: Record<(typeof FIRST_SYNC_JOBS)[number], number>
  workspaces: number
  /** When the status was read: the guide's relative times count from it. */
  now: number
}

/** The platform admin's setup progress (counts read as the user, who sees everything). */
export async function getSetupStatus(user: User, workspaces: number): Promise<SetupStatus> {
  const payload = await getPayloadClient()
  const [clusters, virtualClusters] = await Promise.all([
    getScopeSyncHealth(user, { kind: 'all' }, [...FIRST_SYNC_JOBS]),
    emptyIfForbidden(payload.count({ collection: 'kafka-virtual-clusters', ...asUser(user) }), { totalDocs: 0 }),
  ])
  const syncedClusters = clusters.filter((cluster) => cluster.jobs.some((job) => job.job !== 'schemaSync' && job.lastSuccessAt)).length
  const settings = envValues()
  const intervals = Object.fromEntries(FIRST_SYNC_JOBS.map((job) => [job, settings[JOBS[job].intervalSetting]])) as SetupStatus['intervals']
  return {
    ...setupProgress({ clusters: clusters.length, syncedClusters, workspaces, virtualClusters: virtualClusters.totalDocs }),
    clusters,
    intervals,
    workspaces,
    now: Date.now(),
  }
}
