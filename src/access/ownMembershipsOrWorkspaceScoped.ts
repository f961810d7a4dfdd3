import type { Access } from 'payload'

import { activeWorkspaceIds } from '@/access/activeWorkspaceIds'
import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'

/** Memberships: a user sees their own (even pending ones) and those of their active workspaces. */
export const ownMembershipsOrWorkspaceScoped: Access = async ({ req }) => {
  if (!req.user) return false
  if (userIsPlatformAdmin(req.user)) return true
  const ids = await activeWorkspaceIds(req)
  const own = { user: { equals: req.user.id } }
  return ids.length === 0 ? own : { or: [own, { workspace: { in: ids } }] }
}
