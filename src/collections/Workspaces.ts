import type { CollectionConfig } from 'payload'

import { isPlatformAdmin } from '@/access/isPlatformAdmin'
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
  ],
}
