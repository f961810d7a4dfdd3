import type { PayloadRequest } from 'payload'

const CACHE_KEY = 'orbitActiveWorkspaceIds'

/**
 * The ids of the workspaces in which the request's user has an active membership.
 * The single place that answers "which workspaces may this user see"; cached per request
 * because one request evaluates several access rules.
 */
export async function activeWorkspaceIds(req: PayloadRequest): Promise<number[]> {
  const user = req.user
  if (!user) return []
  const cached = req.context[CACHE_KEY] as { userId: number | string; ids: number[] } | undefined
  if (cached && cached.userId === user.id) return cached.ids

  const memberships = await req.payload.find({
    collection: 'workspace-members',
    where: { and: [{ user: { equals: user.id } }, { status: { equals: 'active' } }] },
    depth: 0,
    pagination: false,
    select: { workspace: true },
    overrideAccess: true,
    req,
  })
  const ids = [
    ...new Set(
      memberships.docs.map((m) => (typeof m.workspace === 'object' ? m.workspace.id : m.workspace)),
    ),
  ]
  req.context[CACHE_KEY] = { userId: user.id, ids }
  return ids
}
