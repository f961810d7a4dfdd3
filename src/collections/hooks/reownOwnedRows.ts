import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { idOf } from '@/collections/hooks/idOf'
import { reownClusters } from '@/sync/reown/reown-clusters'

/**
 * Ownership is derived from virtual clusters (their prefixes, workspace and application): after a
 * virtual cluster is created, changed or deleted, every owned row of its physical cluster (before
 * and after the change) is re-owned in the same transaction.
 */
export const reownAfterVirtualClusterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const clusters = [idOf(doc.physicalCluster), idOf(previousDoc?.physicalCluster)].filter((id): id is number => id !== null)
  await reownClusters(req.payload, clusters, req)
  return doc
}

export const reownAfterVirtualClusterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const cluster = idOf(doc.physicalCluster)
  if (cluster !== null) await reownClusters(req.payload, [cluster], req)
  return doc
}

/** An application or workspace changed or went away: the virtual clusters referring to it may own differently. */
export const reownEverywhereAfterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'update') await reownClusters(req.payload, 'all', req)
  return doc
}

export const reownEverywhereAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await reownClusters(req.payload, 'all', req)
  return doc
}
