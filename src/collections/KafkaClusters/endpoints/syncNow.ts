import type { Endpoint, PayloadHandler } from 'payload'

import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'
import { JOBS, type SyncJob } from '@/sync/shared/jobs'

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
    return Response.json(await triggerSync(req.payload, job, clusterId), { status: 200 })
  } catch (error) {
    return Response.json({ error: error instanceof Error ? error.message : String(error) }, { status: 502 })
  }
}

/** POST /api/kafka-clusters/sync?job=… (all clusters) and /api/kafka-clusters/:id/sync?job=… */
export const syncNowEndpoints: Endpoint[] = [
  { path: '/sync', method: 'post', handler },
  { path: '/:id/sync', method: 'post', handler },
]
