import { MANAGING_ROLES } from '@/access/managedWorkspaceIds'
import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'
import { relationId } from '@/features/kafka-scope'
import { asUser } from '@/lib/as-user'
import { emptyIfForbidden } from '@/lib/forbidden'
import { getPayloadClient } from '@/lib/payload'
import type { AlertEvent, AlertRule, AlertState, User } from '@/payload-types'

/**
 * Alert reads for pages, as the user (overrideAccess: false): a member reads only the rules,
 * alerts and history of her workspaces.
 */

export type WorkspaceAlerts = {
  rules: AlertRule[]
  /** Firing first, then pending; resolved alerts are history. */
  active: AlertState[]
  history: AlertEvent[]
  /** Whether the user may write rules, silences and acknowledgements here. */
  canManage: boolean
}

const HISTORY_ROWS = 50

export async function getWorkspaceAlerts(user: User, workspaceId: number): Promise<WorkspaceAlerts> {
  const payload = await getPayloadClient()
  const inWorkspace = { workspace: { equals: workspaceId } }
  const [rules, active, history, canManage] = await Promise.all([
    emptyIfForbidden(payload.find({ collection: 'alert-rules', where: inWorkspace, sort: 'name', depth: 0, pagination: false, ...asUser(user) }), { docs: [] }),
    emptyIfForbidden(
      payload.find({
        collection: 'alert-states',
        where: { and: [inWorkspace, { status: { in: ['firing', 'pending'] } }] },
        sort: ['status', '-statusSince'],
        depth: 0,
        limit: 500,
        ...asUser(user),
      }),
      { docs: [] },
    ),
    emptyIfForbidden(payload.find({ collection: 'alert-events', where: inWorkspace, sort: '-at', depth: 0, limit: HISTORY_ROWS, ...asUser(user) }), {
      docs: [],
    }),
    mayManageWorkspace(user, workspaceId),
  ])
  return { rules: rules.docs, active: active.docs, history: history.docs, canManage }
}

/** One rule of the workspace with its group's name (for the form), or null (not found or not the user's to see). */
export async function getAlertRule(user: User, workspaceId: number, id: number): Promise<{ rule: AlertRule; groupId: string | null } | null> {
  const payload = await getPayloadClient()
  const found = await emptyIfForbidden(
    payload.find({
      collection: 'alert-rules',
      where: { and: [{ id: { equals: id } }, { workspace: { equals: workspaceId } }] },
      depth: 0,
      limit: 1,
      ...asUser(user),
    }),
    { docs: [] },
  )
  const rule = found.docs[0]
  if (!rule) return null
  const groupRef = relationId(rule.consumerGroup)
  if (groupRef === null) return { rule, groupId: null }
  const group = await emptyIfForbidden(
    payload.findByID({ collection: 'kafka-consumer-groups', id: groupRef, select: { groupId: true }, depth: 0, ...asUser(user) }),
    null,
  )
  return { rule, groupId: group?.groupId ?? null }
}

/** Whether the user manages the workspace (platform admin, or its owner or admin): the rules' write rule, asked for the page's buttons. */
export async function mayManageWorkspace(user: User, workspaceId: number): Promise<boolean> {
  if (userIsPlatformAdmin(user)) return true
  const payload = await getPayloadClient()
  const { totalDocs } = await emptyIfForbidden(
    payload.count({
      collection: 'workspace-members',
      where: {
        and: [{ user: { equals: user.id } }, { workspace: { equals: workspaceId } }, { status: { equals: 'active' } }, { role: { in: [...MANAGING_ROLES] } }],
      },
      ...asUser(user),
    }),
    { totalDocs: 0 },
  )
  return totalDocs > 0
}

/**
 * The ids among `targetIds` with a firing alert the user may see: one read for a list page's
 * badges.
 */
export async function firingTargetIds(user: User, kind: 'consumer-group' | 'schema-subject', targetIds: readonly number[]): Promise<Set<number>> {
  if (targetIds.length === 0) return new Set()
  const payload = await getPayloadClient()
  const found = await emptyIfForbidden(
    payload.find({
      collection: 'alert-states',
      where: { and: [{ targetKind: { equals: kind } }, { targetId: { in: [...targetIds] } }, { status: { equals: 'firing' } }] },
      select: { targetId: true },
      depth: 0,
      pagination: false,
      ...asUser(user),
    }),
    { docs: [] },
  )
  return new Set(found.docs.map((s) => s.targetId))
}
