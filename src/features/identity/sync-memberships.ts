import type { Payload } from 'payload'

import type { User, Workspace } from '@/payload-types'

import { type MembershipPlan, planMembershipSync, rolesFromGroups, type WorkspaceGroupMapping } from '@/features/identity/lib/group-roles'

/**
 * Applies the provider's groups to one user's memberships (src/features/identity/lib/group-roles.ts
 * decides): memberships from the provider follow the groups, hand-made ones stay.
 */
export async function syncIdpMemberships(payload: Payload, user: User, groups: readonly string[]): Promise<MembershipPlan> {
  const [workspaces, memberships] = await Promise.all([
    payload.find({ collection: 'workspaces', pagination: false, depth: 0, overrideAccess: true, select: { identityGroups: true } }),
    payload.find({ collection: 'workspace-members', where: { user: { equals: user.id } }, pagination: false, depth: 0, overrideAccess: true }),
  ])
  const mappings: WorkspaceGroupMapping[] = workspaces.docs.map((w) => ({
    workspaceId: w.id,
    owners: w.identityGroups?.owners ?? [],
    admins: w.identityGroups?.admins ?? [],
    members: w.identityGroups?.members ?? [],
  }))
  const existing = memberships.docs.map((m) => ({
    id: m.id,
    workspaceId: typeof m.workspace === 'object' ? m.workspace.id : m.workspace,
    role: m.role,
    source: m.source ?? 'manual',
  }))
  const plan = planMembershipSync(existing, rolesFromGroups(mappings, groups))
  for (const id of plan.remove) await payload.delete({ collection: 'workspace-members', id, overrideAccess: true })
  for (const { id, role } of plan.update) await payload.update({ collection: 'workspace-members', id, data: { role }, overrideAccess: true })
  for (const { workspaceId, role } of plan.create) {
    await payload.create({
      collection: 'workspace-members',
      data: { workspace: workspaceId as Workspace['id'], user: user.id, role, status: 'active', source: 'idp' },
      overrideAccess: true,
    })
  }
  return plan
}
