import type { Access, Where } from 'payload'

import { activeWorkspaceIds } from '@/access/activeWorkspaceIds'
import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'

/**
 * Read rule for everything that belongs to a workspace: platform admins see all (including
 * unowned documents, whose workspace is null); members see documents of their active
 * workspaces only; anonymous requests see nothing.
 */
export function workspaceScopedBy(field: string): Access {
  return async ({ req }) => {
    if (!req.user) return false
    if (userIsPlatformAdmin(req.user)) return true
    const ids = await activeWorkspaceIds(req)
    if (ids.length === 0) return false
    return { [field]: { in: ids } } satisfies Where
  }
}

export const workspaceScoped: Access = workspaceScopedBy('workspace')
