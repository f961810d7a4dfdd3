import type { PayloadRequest } from 'payload'

import { cachedPerRequest } from '@/access/request-cache'

/** The membership roles that manage a workspace's own configuration (alert rules, silences). */
export const MANAGING_ROLES = ['owner', 'admin'] as const

/**
 * The ids of the workspaces the request's user manages: an active membership with a managing
 * role. Cached per request like activeWorkspaceIds.
 */
export function managedWorkspaceIds(req: PayloadRequest): Promise<number[]> {
  const user = req.user
  if (!user) return Promise.resolve([])
  return cachedPerRequest(req, 'managedWorkspaceIds', user.id, async () => {
    const memberships = await req.payload.find({
      collection: 'workspace-members',
      where: { and: [{ user: { equals: user.id } }, { status: { equals: 'active' } }, { role: { in: [...MANAGING_ROLES] } }] },
      depth: 0,
      pagination: false,
      select: { workspace: true },
      overrideAccess: true,
      req,
    })
    return [...new Set(memberships.docs.map((m) => (typeof m.workspace === 'object' ? m.workspace.id : m.workspace)))]
  })
}
