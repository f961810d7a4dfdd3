import type { Payload } from 'payload'

import { relationId } from '@/features/kafka-scope/scope-links'
import { metricsSnapshotWriter } from '@/sync/activities/lag-check/metrics-snapshot'

/**
 * Stores the metrics snapshot of every cluster's non-archived groups as they are in the database,
 * as a lag check's cycle at `cycle` would (one slice per cluster), for tests that seed group rows
 * directly instead of running lag checks against Kafka.
 */
export async function snapshotStoredGroups(payload: Payload, cycle = Date.now()): Promise<void> {
  const groups = await payload.find({
    collection: 'kafka-consumer-groups',
    where: { status: { not_equals: 'archived' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const clusters = await payload.find({ collection: 'kafka-clusters', pagination: false, depth: 0, overrideAccess: true, select: { name: true } })
  for (const cluster of clusters.docs) {
    const snapshot = await metricsSnapshotWriter(payload, { clusterId: cluster.id, cycle })
    await snapshot.add(groups.docs.filter((g) => relationId(g.cluster) === cluster.id).map((g) => ({ ...g, workspace: relationId(g.workspace) })))
    await snapshot.complete()
  }
}

/** GET /api/metrics through Payload's endpoint handling, as an HTTP request would reach it. */
export async function scrapeMetrics(payload: Payload, headers: Record<string, string> = {}) {
  const { handleEndpoints } = await import('payload')
  const response = await handleEndpoints({ config: payload.config, request: new Request('http://localhost/api/metrics', { headers }) })
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() }
}
