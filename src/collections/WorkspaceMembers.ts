import type { CollectionConfig } from 'payload'

import { isPlatformAdmin, isPlatformAdminField } from '@/access/isPlatformAdmin'
import { ownMembershipsOrWorkspaceScoped } from '@/access/ownMembershipsOrWorkspaceScoped'
import { MEMBERSHIP_SOURCES, WORKSPACE_ROLES } from '@/features/identity/lib/group-roles'

export const WorkspaceMembers: CollectionConfig = {
  slug: 'workspace-members',
  admin: { defaultColumns: ['workspace', 'user', 'role', 'status', 'source'], group: 'Access' },
  access: {
    read: ownMembershipsOrWorkspaceScoped,
    create: isPlatformAdmin,
    update: isPlatformAdmin,
    delete: isPlatformAdmin,
  },
  indexes: [{ fields: ['workspace', 'user'], unique: true }],
  fields: [
    { name: 'workspace', type: 'relationship', relationTo: 'workspaces', required: true, index: true },
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'member',
      options: [...WORKSPACE_ROLES],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      options: ['active', 'pending'],
      index: true,
    },
    {
      // idp: granted by the identity provider's groups and re-evaluated at every sign-in and
      // renewal (removed with the group); manual: made by hand, never touched by that sync.
      // Not required, so hand-made rows need not name it; unset reads as manual.
      name: 'source',
      type: 'select',
      defaultValue: 'manual',
      options: [...MEMBERSHIP_SOURCES],
      access: { create: isPlatformAdminField, update: isPlatformAdminField },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
