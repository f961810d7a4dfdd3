import type { Payload, PayloadRequest } from 'payload'

import { chunk } from '@/lib/chunk'
import { nowIso, type RawDb, type RawTable, sql, type Statement, tableOf, withinRequest } from '@/sync/db/raw'
import type { Owner } from '@/sync/ownership'
import { groupMovesBy, type OwnershipMove, type OwnershipMoves, planOwnershipMoves } from '@/sync/ownership-moves'
import { OWNED_THROUGH_PARENT } from '@/sync/reown/owned-rows'

const IDS_PER_STATEMENT = 500
const OWNER: readonly (keyof Owner)[] = ['workspace', 'virtualCluster', 'application']
const SUBJECT_OWNER = [...OWNER, 'topic', 'topicName', 'type'] as const

type Build = (db: RawDb) => Statement
export type ReownCounts = { topics: number; groups: number; schemas: number }

/**
 * Re-owns every owned row of the given physical clusters ('all': every cluster) after a change of
 * virtual clusters, applications or workspaces: topics, groups and subjects whose owner changed,
 * and every row that copies their owner (owned-rows.ts), in bulk and in one transaction (the
 * request's own on PostgreSQL, so the rows move with the change that moved them). A cluster whose
 * groups moved loses its metrics snapshot until its next lag check.
 */
export async function reownClusters(payload: Payload, clusterIds: number[] | 'all', req?: PayloadRequest): Promise<ReownCounts> {
  return await withinRequest(payload, req, async (db, run) => {
    const clusters = tableOf(payload, 'kafka_clusters')
    const ids = clusterIds === 'all' ? (await db.select({ id: clusters.id }).from(clusters)).map((c) => c.id) : [...new Set(clusterIds)]
    const counts: ReownCounts = { topics: 0, groups: 0, schemas: 0 }
    const statements: Build[] = []
    for (const clusterId of ids) {
      const moves = planOwnershipMoves(await loadOwned(payload, db, clusterId))
      statements.push(...moveStatements(payload, moves))
      // The metrics snapshot holds the groups' series by their workspace at the last lag check:
      // once a group moves, none of it is served until the next cycle renders it again.
      if (moves.groups.length > 0) statements.push(dropMetricsSnapshot(payload, clusterId))
      for (const key of ['topics', 'groups', 'schemas'] as const) counts[key] += moves[key].length
    }
    await run(statements)
    return counts
  })
}

async function loadOwned(payload: Payload, db: RawDb, clusterId: number) {
  const vcs = tableOf(payload, 'kafka_virtual_clusters')
  const topics = tableOf(payload, 'kafka_topics')
  const groups = tableOf(payload, 'kafka_consumer_groups')
  const schemas = tableOf(payload, 'kafka_schemas')
  // One after another: in a request's transaction they share one connection.
  const virtualClusters = await db
    .select({ id: vcs.id, workspace: vcs.workspace, application: vcs.application, topicPrefix: vcs.topicPrefix, groupPrefix: vcs.groupPrefix })
    .from(vcs)
    .where(sql`${vcs.physicalCluster} = ${clusterId}`)
  const topicRows = await db
    .select({ id: topics.id, name: topics.fullName, workspace: topics.workspace, virtualCluster: topics.virtualCluster, application: topics.application })
    .from(topics)
    .where(sql`${topics.cluster} = ${clusterId}`)
  const groupRows = await db
    .select({ id: groups.id, name: groups.groupId, workspace: groups.workspace, virtualCluster: groups.virtualCluster, application: groups.application })
    .from(groups)
    .where(sql`${groups.cluster} = ${clusterId}`)
  const schemaRows = await db
    .select({
      id: schemas.id,
      name: schemas.subject,
      workspace: schemas.workspace,
      virtualCluster: schemas.virtualCluster,
      application: schemas.application,
      topic: schemas.topic,
      topicName: schemas.topicName,
      type: schemas.type,
    })
    .from(schemas)
    .where(sql`${schemas.cluster} = ${clusterId}`)
  const owned = <R extends { id: number; name: string }>({ id, name, ...owner }: R) => ({ id, name, owner })
  return {
    // A virtual cluster left without a workspace (its workspace was deleted) owns nothing.
    virtualClusters: virtualClusters.flatMap((vc) => (vc.workspace === null ? [] : [{ ...vc, workspace: vc.workspace }])),
    topics: topicRows.map(owned),
    groups: groupRows.map(owned),
    schemas: schemaRows.map(owned),
  }
}

function moveStatements(payload: Payload, moves: OwnershipMoves): Build[] {
  const updatedAt = nowIso()
  const parents = [
    update(tableOf(payload, 'kafka_topics'), 'id', moves.topics, OWNER, { updatedAt }),
    update(tableOf(payload, 'kafka_consumer_groups'), 'id', moves.groups, OWNER, { updatedAt }),
    update(tableOf(payload, 'kafka_schemas'), 'id', moves.schemas, SUBJECT_OWNER, { updatedAt }),
  ]
  const children = OWNED_THROUGH_PARENT.map((spec) => update(tableOf(payload, spec.table), spec.parentColumn, moves[spec.parent], spec.fields))
  return [...parents, ...children].flat()
}

function dropMetricsSnapshot(payload: Payload, clusterId: number): Build {
  const snapshots = tableOf(payload, 'kafka_metrics_snapshots')
  return (db) => db.delete(snapshots).where(sql`${snapshots.cluster} = ${clusterId}`)
}

/** UPDATE table SET <owner fields> WHERE <by> IN (ids), one statement per owner and slice of ids. */
function update<O extends Owner>(
  table: RawTable<object>,
  by: string,
  moved: OwnershipMove<O>[],
  fields: readonly (keyof O)[],
  extra: Record<string, unknown> = {},
): Build[] {
  // The tables differ in row type; each one has the owner columns it lists (owned-rows.ts, tables.ts).
  const generic = table as unknown as RawTable<Record<string, unknown>>
  return groupMovesBy(moved, fields).flatMap(({ values, ids }) =>
    chunk(ids, IDS_PER_STATEMENT).map(
      (part) => (db: RawDb) =>
        db
          .update(generic)
          .set({ ...values, ...extra })
          .where(sql`${generic[by]} IN ${part}`),
    ),
  )
}
