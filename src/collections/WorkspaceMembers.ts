import type { CollectionConfig } from 'payload'

import { isPlatformAdmin } from '@/access/isPlatformAdmin'
import { ownMembershipsOrWorkspaceScoped } from '@/access/ownMembershipsOrWorkspaceScoped'

export const WorkspaceMembers: CollectionConfig = {
  slug: 'workspace-members',
  admin: { defaultColumns: ['workspace', 'user', 'role', 'status'], group: 'Access' },
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
      options: ['owner', 'admin', 'member'],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      options: ['active', 'pending'],
      index: true,
    },
  ],
}
