import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'
import { connectionFormSchema, connectionFromForm } from '@/collections/KafkaClusters/connection-form'
import type { ClusterConnection } from '@/integrations/cluster-connection'
import { takeConnectionTest, TooManyAttempts } from '@/lib/auth-attempts/limiter'
import { tooManyAttemptsMessage } from '@/lib/auth-attempts/limits'

/**
 * "Test connection": checks bootstrap servers, SASL and Schema Registry and reports each step
 * (src/integrations/connection-report.ts). Platform admins only (it dials the hosts it is given with
 * the secrets it holds, and its messages name the hosts), rate limited per admin like a sign-in.
 * The report never contains a secret (connection-test.ts scrubs them).
 *
 * - POST /api/kafka-clusters/:id/test-connection: the saved cluster.
 * - POST /api/kafka-clusters/test-connection with the form's values as JSON: what the admin typed,
 *   before saving; with `clusterId`, the saved cluster's secrets fill the secret inputs left empty.
 */
async function refuse(req: PayloadRequest): Promise<Response | null> {
  if (!userIsPlatformAdmin(req.user)) return Response.json({ error: 'Only platform admins can test a connection' }, { status: 403 })
  try {
    await takeConnectionTest(req.payload, req.user!.id)
  } catch (error) {
    if (!(error instanceof TooManyAttempts)) throw error
    const headers = { 'Retry-After': String(error.retryAfterSeconds) }
    return Response.json({ error: tooManyAttemptsMessage(error.retryAfterSeconds) }, { status: 429, headers })
  }
  return null
}

async function clusterExists(req: PayloadRequest, id: number): Promise<boolean> {
  return (await req.payload.count({ collection: 'kafka-clusters', where: { id: { equals: id } }, overrideAccess: true })).totalDocs > 0
}

// Loaded on demand: the collection config stays free of the Kafka and registry clients.
async function report(connection: ClusterConnection): Promise<Response> {
  const { testClusterConnection } = await import('@/integrations/connection-test')
  return Response.json(await testClusterConnection(connection), { status: 200, headers: { 'Cache-Control': 'no-store' } })
}

const testSaved: PayloadHandler = async (req) => {
  const refused = await refuse(req)
  if (refused) return refused
  const clusterId = Number(req.routeParams?.id)
  if (!Number.isInteger(clusterId)) return Response.json({ error: 'Invalid cluster id' }, { status: 400 })
  if (!(await clusterExists(req, clusterId))) return Response.json({ error: 'Cluster not found' }, { status: 404 })
  const { loadClusterConnection } = await import('@/sync/cluster-connection')
  return report(await loadClusterConnection(req.payload, clusterId))
}

const testForm: PayloadHandler = async (req) => {
  const refused = await refuse(req)
  if (refused) return refused
  let body: unknown
  try {
    body = await req.json?.()
  } catch {
    return Response.json({ error: 'The body is not JSON' }, { status: 400 })
  }
  const form = connectionFormSchema.safeParse(body)
  if (!form.success) {
    const problems = form.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
    return Response.json({ error: `Check the form: ${problems.join('; ')}` }, { status: 400 })
  }
  const { clusterId } = form.data
  if (clusterId !== undefined && !(await clusterExists(req, clusterId))) return Response.json({ error: 'Cluster not found' }, { status: 404 })
  const { loadStoredSecrets } = await import('@/sync/cluster-connection')
  return report(connectionFromForm(form.data, clusterId === undefined ? {} : await loadStoredSecrets(req.payload, clusterId)))
}

export const testConnectionEndpoints: Endpoint[] = [
  { path: '/test-connection', method: 'post', handler: testForm },
  { path: '/:id/test-connection', method: 'post', handler: testSaved },
]
