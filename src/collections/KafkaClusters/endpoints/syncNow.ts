import type { Endpoint, Payload, PayloadHandler } from 'payload'

import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'
import type { SyncNowResponse } from '@/features/sync-health/lib/describe-sync'
import { JOBS, type SyncJob } from '@/sync/shared/jobs'
import type { TriggerResult } from '@/sync/trigger'

const handler: PayloadHandler = async (req) => {
  if (!userIsPlatformAdmin(req.user)) return Response.json({ error: 'Only platform admins can start a sync' }, { status: 403 })
  const job = (new URL(req.url ?? 'http://x').searchParams.get('job') ?? 'schemaSync') as SyncJob
  if (!(job in JOBS)) return Response.json({ error: `Unknown job "${job}"; one of ${Object.keys(JOBS).join(', ')}` }, { status: 400 })
  const id = req.routeParams?.id
  const clusterId = id === undefined ? undefined : Number(id)
  if (clusterId !== undefined) {
    if (!Number.isInteger(clusterId)) return Response.json({ error: 'Invalid cluster id' }, { status: 400 })
    const exists = await req.payload.count({ collection: 'kafka-clusters', where: { id: { equals: clusterId } }, overrideAccess: true })
    if (exists.totalDocs === 0) return Response.json({ error: 'Cluster not found' }, { status: 404 })
  }
  try {
    // Loaded on demand: the collection config stays free of the sync engine's dependencies.
    const { triggerSync } = await import('@/sync/trigger')
    return Response.json(await withClusterNames(req.payload, await triggerSync(req.payload, job, clusterId)), { status: 200 })
  } catch (error) {
    return Response.json({ error: error instanceof Error ? error.message : String(error) }, { status: 502 })
  }
}

/** Names the clusters of an in-process run (one query), so the admin reads "Cluster payments-prod", not "Cluster 3". */
async function withClusterNames(payload: Payload, result: TriggerResult): Promise<SyncNowResponse> {
  if (result.runner !== 'embedded') return result
  const ids = [...new Set([...result.results.map((r) => r.clusterId), ...result.skipped])]
  if (ids.length === 0) return result
  const found = await payload.find({
    collection: 'kafka-clusters',
    where: { id: { in: ids } },
    select: { name: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const names = new Map(found.docs.map((doc) => [doc.id, doc.name]))
  return {
    ...result,
    results: result.results.map((r) => ({ ...r, clusterName: names.get(r.clusterId) })),
    skippedNames: result.skipped.map((id) => names.get(id) ?? String(id)),
  }
}

/** POST /api/kafka-clusters/sync?job=… (all clusters) and /api/kafka-clusters/:id/sync?job=… */
export const syncNowEndpoints: Endpoint[] = [
  { path: '/sync', method: 'post', handler },
  { path: '/:id/sync', method: 'post', handler },
]
