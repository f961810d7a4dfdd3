import type { Access, PayloadRequest } from 'payload'

import { activeWorkspaceIds } from '@/access/activeWorkspaceIds'
import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'
import { cachedPerRequest } from '@/access/request-cache'

/**
 * Physical clusters: a member sees only the clusters that back a virtual cluster of one of
 * their workspaces (for names and sync health); secrets are never readable by anyone. Cached per
 * request like the workspaces.
 */
export const clustersOfMyWorkspaces: Access = async ({ req }) => {
  if (!req.user) return false
  if (userIsPlatformAdmin(req.user)) return true
  const clusterIds = await cachedPerRequest(req, 'visibleClusterIds', req.user.id, () => clustersBackingWorkspaces(req))
  return clusterIds.length === 0 ? false : { id: { in: clusterIds } }
}

/** Ids of the physical clusters behind the virtual clusters of the user's workspaces. */
async function clustersBackingWorkspaces(req: PayloadRequest): Promise<number[]> {
  const workspaceIds = await activeWorkspaceIds(req)
  if (workspaceIds.length === 0) return []
  const virtualClusters = await req.payload.find({
    collection: 'kafka-virtual-clusters',
    where: { workspace: { in: workspaceIds } },
    select: { physicalCluster: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return [...new Set(virtualClusters.docs.map((vc) => (typeof vc.physicalCluster === 'object' ? vc.physicalCluster.id : vc.physicalCluster)))]
}
