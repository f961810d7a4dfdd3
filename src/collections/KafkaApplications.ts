import type { CollectionConfig } from 'payload'

import { isPlatformAdmin } from '@/access/isPlatformAdmin'
import { workspaceScoped } from '@/access/workspaceScoped'
import { reownEverywhereAfterChange, reownEverywhereAfterDelete } from '@/collections/hooks/reownOwnedRows'

export const KafkaApplications: CollectionConfig = {
  slug: 'kafka-applications',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'workspace'], group: 'Kafka' },
  access: { read: workspaceScoped, create: isPlatformAdmin, update: isPlatformAdmin, delete: isPlatformAdmin },
  indexes: [{ fields: ['workspace', 'slug'], unique: true }],
  hooks: { afterChange: [reownEverywhereAfterChange], afterDelete: [reownEverywhereAfterDelete] },
  fields: [
    { name: 'workspace', type: 'relationship', relationTo: 'workspaces', required: true, index: true },
    { name: 'name', type: 'text', required: true },
    { name: 'slug', type: 'text', required: true, index: true },
    { name: 'description', type: 'textarea' },
  ],
}
