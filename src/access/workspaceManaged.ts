import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'
import { managedWorkspaceIds } from '@/access/managedWorkspaceIds'
import { relationId } from '@/access/relationId'

/** Whether the user may put a document into `workspace`: platform admins anywhere (null = platform-wide), others only into a workspace they manage. */
export async function mayManageWorkspace(req: PayloadRequest, workspace: unknown): Promise<boolean> {
  if (!req.user) return false
  if (userIsPlatformAdmin(req.user)) return true
  const id = relationId(workspace)
  return id !== null && (await managedWorkspaceIds(req)).includes(id)
}

/**
 * Creating a workspace's own settings (alert channels): platform admins anywhere, workspace owners
 * and admins in the workspaces they manage, members nowhere. A permission probe without data (the
 * admin panel) is granted to anyone who manages a workspace.
 */
export const createInManagedWorkspace: Access = async ({ req, data }) => {
  if (!req.user) return false
  if (userIsPlatformAdmin(req.user)) return true
  if (!data) return (await managedWorkspaceIds(req)).length > 0
  return mayManageWorkspace(req, data.workspace)
}

/**
 * Updating and deleting them: platform admins all; owners and admins the documents of the
 * workspaces they manage (a filter, never a yes for a document named by id: the body's workspace
 * says nothing about the stored one).
 */
export const workspaceManaged: Access = async ({ req }) => {
  if (!req.user) return false
  if (userIsPlatformAdmin(req.user)) return true
  const ids = await managedWorkspaceIds(req)
  return ids.length === 0 ? false : { workspace: { in: ids } }
}

/** The `workspace` field of such a document: moved only into a workspace the user manages (else the change is dropped). */
export const intoManagedWorkspace: FieldAccess = ({ req, data }) => mayManageWorkspace(req, data?.workspace)

/** Fields of such a document that only its managers read (configuration beyond its name). */
export const managersOfDocument: FieldAccess = ({ req, doc }) => mayManageWorkspace(req, doc?.workspace)
