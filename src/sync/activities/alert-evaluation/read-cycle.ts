import type { Payload, Where } from 'payload'

import { relationId } from '@/access/relationId'
import type { StoredAlertState } from '@/features/alerting/lib/cycle'
import type { AlertTargetRow, ClusterTarget, GroupTarget, SchemaTarget } from '@/features/alerting/lib/targets'
import { targetKindOf } from '@/features/alerting/lib/targets'
import { ALERT_CONDITIONS, type AlertRule } from '@/features/alerting/lib/types'
import { toAlertRule } from '@/features/alerting/stored-rule'
import { parseStoredList, partitionDetailSchema } from '@/features/consumer-groups/lib/stored-shapes'
import { SYNC_JOBS } from '@/features/sync-health/lib/jobs'
import type { AlertState as AlertStateDoc, KafkaCluster } from '@/payload-types'

export type TargetKind = AlertTargetRow['kind']

const read = { depth: 0, pagination: false, overrideAccess: true } as const
const epoch = (value: string | null | undefined) => (value ? new Date(value).getTime() : null)

/** Every rule whose condition watches one of these target kinds (enabled or not: a disabled rule's alerts resolve). One query. */
export async function readRules(payload: Payload, kinds: readonly TargetKind[]): Promise<AlertRule[]> {
  const conditions = ALERT_CONDITIONS.filter((c) => kinds.includes(targetKindOf(c)))
  const { docs } = await payload.find({ collection: 'alert-rules', where: { condition: { in: conditions } }, ...read })
  return docs.map(toAlertRule)
}

/**
 * The cluster's targets of one kind that some rule could apply to: groups and subjects only of
 * the rules' workspaces (all of them when a cluster-wide rule exists). One query per kind, plus
 * one for the workspaces' slugs.
 */
export async function readTargets(
  payload: Payload,
  clusterId: number,
  kind: TargetKind,
  rules: readonly AlertRule[],
  cluster: Pick<KafkaCluster, 'name' | 'syncHealth'>,
) {
  const workspaces = new Set(rules.map((r) => r.workspaceId))
  const scope: Where[] = [{ cluster: { equals: clusterId } }]
  if (!workspaces.has(null)) scope.push({ workspace: { in: [...workspaces] } })
  const placement = (doc: { id: number; cluster: unknown; workspace?: unknown; virtualCluster?: unknown }, name: string) => ({
    id: doc.id,
    name,
    clusterId,
    clusterName: cluster.name,
    workspaceId: relationId(doc.workspace),
    workspaceSlug: null as string | null,
    virtualClusterId: relationId(doc.virtualCluster),
  })
  let targets: AlertTargetRow[] = []
  if (kind === 'consumer-group') {
    const stalled = rules.some((r) => r.condition === 'group-stalled')
    const { docs } = await payload.find({
      collection: 'kafka-consumer-groups',
      where: { and: [...scope, { status: { not_equals: 'archived' } }] },
      select: {
        groupId: true,
        cluster: true,
        workspace: true,
        virtualCluster: true,
        lagStatus: true,
        lagRule: true,
        lagReason: true,
        totalLag: true,
        lagSeconds: true,
        state: true,
        // Only a stalled rule needs the partitions (the largest column).
        ...(stalled ? { partitionDetail: true as const } : {}),
      },
      ...read,
    })
    targets = docs.map((g): GroupTarget => ({
      ...placement(g, g.groupId),
      kind: 'consumer-group',
      lagStatus: g.lagStatus ?? null,
      lagRule: g.lagRule ?? null,
      lagReason: g.lagReason ?? null,
      totalLag: g.totalLag ?? null,
      lagSeconds: g.lagSeconds ?? null,
      state: g.state ?? null,
      committedOffsets: stalled ? committedSum((g as { partitionDetail?: unknown }).partitionDetail) : null,
    }))
  } else if (kind === 'schema-subject') {
    const { docs } = await payload.find({
      collection: 'kafka-schemas',
      where: { and: scope },
      select: {
        subject: true,
        cluster: true,
        workspace: true,
        virtualCluster: true,
        hasIncompatibleVersions: true,
        latestVersion: true,
        status: true,
        softDeleted: true,
      },
      ...read,
    })
    targets = docs.map((s): SchemaTarget => ({
      ...placement(s, s.subject),
      kind: 'schema-subject',
      hasIncompatibleVersions: s.hasIncompatibleVersions === true,
      latestVersion: s.latestVersion ?? null,
      deleted: s.status === 'stale' || s.softDeleted === true,
    }))
  } else {
    const health = cluster.syncHealth ?? {}
    const failingJobs = SYNC_JOBS.filter((job) => health[job]?.lastOutcome === 'failed')
    targets = [{ ...placement({ id: clusterId, cluster: clusterId }, cluster.name), kind: 'cluster', failingJobs } satisfies ClusterTarget]
  }
  const slugs = await workspaceSlugs(payload, [...new Set(targets.map((t) => t.workspaceId).concat(rules.map((r) => r.workspaceId)))])
  for (const t of targets) t.workspaceSlug = t.workspaceId === null ? null : (slugs.get(t.workspaceId) ?? null)
  return { targets, workspaceSlugs: slugs }
}

/** The sum of a group's committed offsets (null: no partition has a commit). */
function committedSum(stored: unknown): number | null {
  const { items } = parseStoredList(partitionDetailSchema, stored)
  const committed = items.filter((p) => p.committedOffset !== null)
  return committed.length === 0 ? null : committed.reduce((sum, p) => sum + p.committedOffset!, 0)
}

async function workspaceSlugs(payload: Payload, ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = ids.filter((id): id is number => id !== null)
  if (wanted.length === 0) return new Map()
  const { docs } = await payload.find({ collection: 'workspaces', where: { id: { in: wanted } }, select: { slug: true }, ...read })
  return new Map(docs.map((w) => [w.id, w.slug]))
}

/** The stored states of these rules on this cluster for one target kind. One query. */
export async function readStates(payload: Payload, clusterId: number, kind: TargetKind, ruleIds: readonly number[]): Promise<StoredAlertState[]> {
  if (ruleIds.length === 0) return []
  const { docs } = await payload.find({
    collection: 'alert-states',
    where: { and: [{ cluster: { equals: clusterId } }, { targetKind: { equals: kind } }, { rule: { in: [...ruleIds] } }] },
    ...read,
  })
  return docs.map(toStoredState)
}

function toStoredState(doc: AlertStateDoc): StoredAlertState {
  return {
    fingerprint: doc.fingerprint,
    ruleId: relationId(doc.rule)!,
    workspaceId: relationId(doc.workspace),
    clusterId: relationId(doc.cluster)!,
    targetId: doc.targetId,
    target: { kind: doc.targetKind, name: doc.targetName, clusterName: doc.clusterName, path: doc.targetPath },
    value: {
      status: doc.status,
      consecutive: doc.consecutive,
      statusSince: epoch(doc.statusSince)!,
      reason: doc.reason ?? '',
      lastFiringNotifiedAt: epoch(doc.lastFiringNotifiedAt),
      notifiedStatus: doc.notifiedStatus ?? null,
      silencedUntil: epoch(doc.silencedUntil),
      acknowledgedAt: epoch(doc.acknowledgedAt),
      conditionSince: epoch(doc.conditionSince),
      committedOffsets: doc.committedOffsets ?? null,
    },
  }
}
