import type { PayloadRequest, Where } from 'payload'

import { cachedPerRequest } from '@/access/request-cache'

/**
 * The ids of the workspaces in which the request's user has an active membership.
 * The single place that answers "which workspaces may this user see"; cached per request
 * because one request (one page render, see src/lib/as-user.ts) evaluates many access rules.
 */
export function activeWorkspaceIds(req: PayloadRequest): Promise<number[]> {
  const user = req.user
  if (!user) return Promise.resolve([])
  return cachedPerRequest(req, 'activeWorkspaceIds', user.id, () => readActiveWorkspaceIds(req, user.id))
}

function readActiveWorkspaceIds(req: PayloadRequest, userId: number | string): Promise<number[]> {
  return workspaceIdsOfMemberships(req, userId, [])
}

/** The workspaces of the user's active memberships that also match `where` (e.g. a role): one query. */
export async function workspaceIdsOfMemberships(req: PayloadRequest, userId: number | string, where: Where[]): Promise<number[]> {
  const memberships = await req.payload.find({
    collection: 'workspace-members',
    where: { and: [{ user: { equals: userId } }, { status: { equals: 'active' } }, ...where] },
    depth: 0,
    pagination: false,
    select: { workspace: true },
    overrideAccess: true,
    req,
  })
  return [...new Set(memberships.docs.map((m) => (typeof m.workspace === 'object' ? m.workspace.id : m.workspace)))]
}
