import type { Payload } from 'payload'

import { createOwnershipResolver, type OwnershipResolver } from '@/sync/ownership'

/** The ownership resolver of one physical cluster: its virtual clusters' prefixes and its known topics. */
export async function loadOwnership(payload: Payload, clusterId: number): Promise<OwnershipResolver> {
  const [virtualClusters, topics] = await Promise.all([
    payload.find({
      collection: 'kafka-virtual-clusters',
      where: { physicalCluster: { equals: clusterId } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    }),
    payload.find({ collection: 'kafka-topics', where: { cluster: { equals: clusterId } }, depth: 0, pagination: false, overrideAccess: true }),
  ])
  const id = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number }).id : (value as number | null)) ?? null
  return createOwnershipResolver(
    virtualClusters.docs.map((vc) => ({
      id: vc.id,
      workspace: id(vc.workspace)!,
      application: id(vc.application),
      topicPrefix: vc.topicPrefix,
      groupPrefix: vc.groupPrefix,
    })),
    topics.docs.map((t) => ({
      id: t.id,
      fullName: t.fullName,
      workspace: id(t.workspace),
      virtualCluster: id(t.virtualCluster),
      application: id(t.application),
    })),
  )
}
