import type { CollectionConfig } from 'payload'

import { isPlatformAdmin, isPlatformAdminField } from '@/access/isPlatformAdmin'
import { workspaceScopedBy } from '@/access/workspaceScoped'
import { reownEverywhereAfterChange, reownEverywhereAfterDelete } from '@/collections/hooks/reownOwnedRows'

export const Workspaces: CollectionConfig = {
  slug: 'workspaces',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Access' },
  access: {
    read: workspaceScopedBy('id'),
    create: isPlatformAdmin,
    update: isPlatformAdmin,
    delete: isPlatformAdmin,
  },
  hooks: { afterChange: [reownEverywhereAfterChange], afterDelete: [reownEverywhereAfterDelete] },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: (value: string | null | undefined) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value ?? '') || 'Use lowercase letters, digits and single hyphens',
    },
    { name: 'description', type: 'textarea' },
    {
      // Values of the identity provider's groups claim (ORBIT_OIDC_GROUPS_CLAIM) granting each role;
      // re-read at every single sign-on and session renewal (src/features/identity/sync-memberships.ts).
      name: 'identityGroups',
      type: 'group',
      label: 'Identity-provider groups',
      access: { read: isPlatformAdminField, create: isPlatformAdminField, update: isPlatformAdminField },
      admin: { description: 'Members of these groups at the identity provider get the role here (the highest one wins), e.g. /orbit/payments-owners.' },
      fields: [
        { name: 'owners', type: 'text', hasMany: true },
        { name: 'admins', type: 'text', hasMany: true },
        { name: 'members', type: 'text', hasMany: true },
      ],
    },
  ],
}
