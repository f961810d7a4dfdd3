import { createHash, timingSafeEqual } from 'node:crypto'

import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { workspaceScoped } from '@/access/workspaceScoped'
import { emptyIfForbidden } from '@/lib/forbidden'

import { EXPOSITION_CONTENT_TYPE, expositionChunks } from '@/features/metrics/exposition'
import { type ClusterForMetrics, syncFamilies } from '@/features/metrics/lag-families'
import { snapshotExposition, type VisibleWorkspaces } from '@/features/metrics/snapshot-read'

/**
 * GET /api/metrics — Prometheus scrape endpoint.
 * - With ORBIT_METRICS_TOKEN set, `Authorization: Bearer <token>` sees every cluster (what a
 *   platform's Prometheus uses).
 * - Otherwise a signed-in user (session cookie, JWT or API key) sees exactly what the access rules
 *   let them read: a member only their workspaces' groups, a platform admin everything.
 * - Anyone else gets 401: group and topic names are tenant data.
 * The groups' series come from the snapshot the lag check stores with each cycle (snapshot.ts),
 * streamed a stored row at a time, so a scrape costs the same however many groups there are
 * behind it; sync health is read from the clusters at each scrape.
 */
const handler =
  (token: string | undefined): PayloadHandler =>
  async (req) => {
    const scope = scrapeScope(req, token)
    if (!scope) {
      return Response.json({ error: 'Send a bearer token (ORBIT_METRICS_TOKEN) or sign in' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } })
    }
    const access = scope === 'token' ? { overrideAccess: true } : { overrideAccess: false, user: req.user }
    const clusters = await emptyIfForbidden(
      req.payload.find({ collection: 'kafka-clusters', select: { name: true, syncHealth: true }, pagination: false, depth: 0, ...access }),
      { docs: [] },
    )
    const visible = scope === 'token' ? 'all' : await visibleWorkspaces(req)
    async function* chunks() {
      if (visible) yield* snapshotExposition(req.payload, visible)
      yield* expositionChunks(syncFamilies(clusters.docs as ClusterForMetrics[]))
    }
    const body = streamed(chunks())
    return new Response(body, { status: 200, headers: { 'Content-Type': EXPOSITION_CONTENT_TYPE, 'Cache-Control': 'no-store' } })
  }

/**
 * The consumer groups' read rule for this user as the snapshot's workspaces; null: none. The rule
 * is all, nothing, or `workspace in [ids]` (access/workspaceScoped.ts); any other shape reads nothing.
 */
async function visibleWorkspaces(req: PayloadRequest): Promise<VisibleWorkspaces | null> {
  const rule = await workspaceScoped({ req })
  if (rule === true) return 'all'
  const ids: unknown = rule === false ? null : (rule.workspace as { in?: unknown } | undefined)?.in
  return Array.isArray(ids) && ids.every((id) => typeof id === 'number') ? ids : null
}

/** The body from text and byte chunks (stored snapshot rows arrive as their bytes). */
function streamed(chunks: AsyncGenerator<string | Uint8Array>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next()
      if (next.done) controller.close()
      else controller.enqueue(typeof next.value === 'string' ? encoder.encode(next.value) : next.value)
    },
    async cancel() {
      await chunks.return(undefined)
    },
  })
}

function scrapeScope(req: PayloadRequest, configured: string | undefined): 'token' | 'user' | null {
  const presented = /^Bearer\s+(.+)$/i.exec(req.headers.get('authorization') ?? '')?.[1]?.trim()
  if (configured && presented && sameSecret(presented, configured)) return 'token'
  return req.user ? 'user' : null
}

/** Constant-time comparison of two secrets of any length (their digests are compared). */
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest()
  return timingSafeEqual(digest(a), digest(b))
}

/** `token`: ORBIT_METRICS_TOKEN, when set. */
export function metricsEndpoint({ token }: { token: string | undefined }): Endpoint {
  return { path: '/metrics', method: 'get', handler: handler(token) }
}
