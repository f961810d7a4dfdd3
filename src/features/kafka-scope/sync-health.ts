import type { Where } from 'payload'

import { evaluateJobHealth, type JobHealth } from '@/features/sync-health/lib/job-health'
import { jobsOfCluster } from '@/features/sync-health/lib/job-runs'
import { SYNC_JOB_LABELS, SYNC_JOBS, type SyncJob } from '@/features/sync-health/lib/jobs'
import { envValues } from '@/lib/env'
import { emptyIfForbidden } from '@/lib/forbidden'
import { asUser } from '@/lib/as-user'
import { getPayloadClient } from '@/lib/payload'
import type { User } from '@/payload-types'
import { JOBS } from '@/sync/shared/jobs'

import { relationId } from '@/features/kafka-scope/scope-links'
import type { KafkaScope } from '@/features/kafka-scope/types'

export type ClusterSyncHealth = { clusterId: number; clusterName: string; jobs: JobHealth[] }

/**
 * Sync health of every cluster behind the scope that the user may see (members see the clusters
 * backing their workspaces' virtual clusters), for the given jobs. Read with overrideAccess: false.
 */
export async function getScopeSyncHealth(user: User, scope: KafkaScope, jobs: SyncJob[], now = new Date()): Promise<ClusterSyncHealth[]> {
  const payload = await getPayloadClient()
  const settings = envValues()
  let where: Where = { enabled: { equals: true } }
  if (scope.kind !== 'all') {
    const vcWhere: Where = scope.kind === 'workspace' ? { workspace: { equals: scope.workspace.id } } : { id: { equals: scope.virtualCluster.id } }
    const vcs = await emptyIfForbidden(
      payload.find({ collection: 'kafka-virtual-clusters', where: vcWhere, select: { physicalCluster: true }, depth: 0, pagination: false, ...asUser(user) }),
      { docs: [] },
    )
    const ids = [...new Set(vcs.docs.map((vc) => relationId(vc.physicalCluster)).filter((id): id is number => id !== null))]
    if (ids.length === 0) return []
    where = { and: [where, { id: { in: ids } }] }
  }
  const clusters = await emptyIfForbidden(
    payload.find({
      collection: 'kafka-clusters',
      where,
      select: { name: true, schemaRegistryUrl: true, hasSchemaRegistry: true, syncHealth: true },
      sort: 'name',
      depth: 0,
      limit: 50,
      ...asUser(user),
    }),
    { docs: [] },
  )
  return clusters.docs
    .map((cluster) => ({
      clusterId: cluster.id,
      clusterName: cluster.name,
      jobs: jobsOfCluster(cluster.hasSchemaRegistry === true, jobs)
        .filter((job) => (SYNC_JOBS as readonly string[]).includes(job) && job in JOBS)
        .map((job) => evaluateJobHealth(job, SYNC_JOB_LABELS[job], cluster.syncHealth?.[job], settings[JOBS[job].intervalSetting], now)),
    }))
    .filter((cluster) => cluster.jobs.length > 0)
}
