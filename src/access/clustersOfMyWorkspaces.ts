import type { Access } from 'payload'

import { activeWorkspaceIds } from '@/access/activeWorkspaceIds'
import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'

/**
 * Physical clusters: a member sees only the clusters that back a virtual cluster of one of
 * their workspaces (for names and sync health); secrets are never readable by anyone.
 */
export const clustersOfMyWorkspaces: Access = async ({ req }) => {
  if (!req.user) return false
  if (userIsPlatformAdmin(req.user)) return true
  const workspaceIds = await activeWorkspaceIds(req)
  if (workspaceIds.length === 0) return false
  const virtualClusters = await req.payload.find({
    collection: 'kafka-virtual-clusters',
    where: { workspace: { in: workspaceIds } },
    select: { physicalCluster: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const clusterIds = [
    ...new Set(
      virtualClusters.docs.map((vc) =>
        typeof vc.physicalCluster === 'object' ? vc.physicalCluster.id : vc.physicalCluster,
      ),
    ),
  ]
  return clusterIds.length === 0 ? false : { id: { in: clusterIds } }
}
