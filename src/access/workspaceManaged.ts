import type { Access } from 'payload'

import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'
import { managedWorkspaceIds } from '@/access/managedWorkspaceIds'
import { relationId } from '@/access/relationId'

/**
 * Changing or deleting a workspace's own configuration (alert rules, silences): platform admins
 * everything; a workspace's owners and admins the rows of the workspaces they manage. A change
 * that moves a row to another workspace is checked by the collection's hook (workspaceManagedOrAdmin).
 */
export const workspaceManaged: Access = async ({ req }) => {
  if (!req.user) return false
  if (userIsPlatformAdmin(req.user)) return true
  const ids = await managedWorkspaceIds(req)
  return ids.length === 0 ? false : { workspace: { in: ids } }
}

/**
 * Creating such a row: its workspace must be one the user manages (a row without one, cluster-wide,
 * is for platform admins). A permission probe without data answers whether they manage any workspace.
 */
export const workspaceManagedCreate: Access = async ({ req, data }) => {
  if (!req.user) return false
  if (userIsPlatformAdmin(req.user)) return true
  const ids = await managedWorkspaceIds(req)
  if (!data) return ids.length > 0
  const workspace = relationId((data as { workspace?: unknown }).workspace)
  return workspace !== null && ids.includes(workspace)
}
