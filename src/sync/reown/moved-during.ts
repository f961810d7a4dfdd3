import type { Payload } from 'payload'

import { drizzleOf, sql, tableOf } from '@/sync/db/raw'
import { reownClusters } from '@/sync/reown/reown-clusters'

/**
 * What ownership of a cluster's rows is derived from: its virtual clusters with their workspace,
 * application and prefixes (one small query). A sync reads it before it computes owners.
 */
export async function ownershipSignature(payload: Payload, clusterId: number): Promise<string> {
  const vcs = tableOf(payload, 'kafka_virtual_clusters')
  const rows = await drizzleOf(payload)
    .select({ id: vcs.id, workspace: vcs.workspace, application: vcs.application, topicPrefix: vcs.topicPrefix, groupPrefix: vcs.groupPrefix })
    .from(vcs)
    .where(sql`${vcs.physicalCluster} = ${clusterId}`)
  return JSON.stringify(rows.sort((a, b) => a.id - b.id))
}

/**
 * After a sync wrote owners it computed from `before`: when the virtual clusters changed meanwhile,
 * the change's own re-owning may have run before these writes, so they carry the old owner. Then
 * re-own the cluster again (rows and everything copying their owner). Returns whether it did.
 */
export async function reownIfMovedDuring(payload: Payload, clusterId: number, before: string): Promise<boolean> {
  if ((await ownershipSignature(payload, clusterId)) === before) return false
  await reownClusters(payload, [clusterId])
  return true
}
