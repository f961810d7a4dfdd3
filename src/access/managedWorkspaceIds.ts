import type { PayloadRequest } from 'payload'

import { workspaceIdsOfMemberships } from '@/access/activeWorkspaceIds'
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
  return cachedPerRequest(req, 'managedWorkspaceIds', user.id, () => workspaceIdsOfMemberships(req, user.id, [{ role: { in: [...MANAGING_ROLES] } }]))
}
