import type { Endpoint, PayloadHandler } from 'payload'

import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'

/**
 * POST /api/kafka-clusters/:id/test-connection: checks the saved cluster's bootstrap servers, SASL
 * and Schema Registry and reports each step (src/integrations/connection-report.ts). Platform
 * admins only: it uses the decrypted secrets, and its messages name the cluster's hosts.
 */
const handler: PayloadHandler = async (req) => {
  if (!userIsPlatformAdmin(req.user)) return Response.json({ error: 'Only platform admins can test a connection' }, { status: 403 })
  const clusterId = Number(req.routeParams?.id)
  if (!Number.isInteger(clusterId)) return Response.json({ error: 'Invalid cluster id' }, { status: 400 })
  const exists = await req.payload.count({ collection: 'kafka-clusters', where: { id: { equals: clusterId } }, overrideAccess: true })
  if (exists.totalDocs === 0) return Response.json({ error: 'Cluster not found' }, { status: 404 })
  // Loaded on demand: the collection config stays free of the Kafka and registry clients.
  const [{ loadClusterConnection }, { testClusterConnection }] = await Promise.all([
    import('@/sync/cluster-connection'),
    import('@/integrations/connection-test'),
  ])
  return Response.json(await testClusterConnection(await loadClusterConnection(req.payload, clusterId)), { status: 200 })
}

export const testConnectionEndpoints: Endpoint[] = [{ path: '/:id/test-connection', method: 'post', handler }]
