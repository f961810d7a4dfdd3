import { createHash, timingSafeEqual } from 'node:crypto'

import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { relationId } from '@/features/kafka-scope/scope-links'
import { emptyIfForbidden } from '@/lib/forbidden'

import { EXPOSITION_CONTENT_TYPE, expositionChunks } from '@/features/metrics/exposition'
import { type ClusterForMetrics, type GroupForMetrics, lagMetrics } from '@/features/metrics/lag-families'

const GROUP_FIELDS = {
  groupId: true,
  cluster: true,
  protocolType: true,
  memberCount: true,
  totalLag: true,
  maxPartitionLag: true,
  lagSeconds: true,
  lagStatus: true,
  lagRule: true,
  partitionDetail: true,
} as const
const GROUPS_PER_PAGE = 1_000

/**
 * GET /api/metrics — Prometheus scrape endpoint.
 * - With ORBIT_METRICS_TOKEN set, `Authorization: Bearer <token>` sees every cluster (what a
 *   platform's Prometheus uses).
 * - Otherwise a signed-in user (session cookie, JWT or API key) sees exactly what the access rules
 *   let them read: a member only their workspaces' groups, a platform admin everything.
 * - Anyone else gets 401: group and topic names are tenant data.
 * Groups are read a page at a time and the body is streamed one metric family at a time.
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
    const clusterName = new Map(clusters.docs.map((c) => [c.id, c.name]))
    const metrics = lagMetrics()
    // A page of groups at a time: only its partition detail is parsed and alive at once.
    for (let page = 1; ; page++) {
      const groups = await emptyIfForbidden(
        req.payload.find({
          collection: 'kafka-consumer-groups',
          where: { status: { not_equals: 'archived' } },
          select: GROUP_FIELDS,
          sort: 'id',
          page,
          limit: GROUPS_PER_PAGE,
          depth: 0,
          ...access,
        }),
        null,
      )
      if (!groups) break
      metrics.add(
        groups.docs.map((g) => {
          const clusterId = relationId(g.cluster)
          return { ...g, clusterName: (clusterId === null ? undefined : clusterName.get(clusterId)) ?? String(clusterId ?? '') } satisfies GroupForMetrics
        }),
      )
      if (!groups.hasNextPage) break
    }
    const chunks = expositionChunks(metrics.families(clusters.docs as ClusterForMetrics[]))
    const encoder = new TextEncoder()
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.next()
        if (next.done) controller.close()
        else controller.enqueue(encoder.encode(next.value))
      },
    })
    return new Response(body, { status: 200, headers: { 'Content-Type': EXPOSITION_CONTENT_TYPE, 'Cache-Control': 'no-store' } })
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
