import type { CollectionConfig } from 'payload'

import { isPlatformAdmin } from '@/access/isPlatformAdmin'
import { workspaceScoped } from '@/access/workspaceScoped'
import { reownAfterVirtualClusterChange, reownAfterVirtualClusterDelete } from '@/collections/hooks/reownOwnedRows'

/**
 * A workspace's (or application's) slice of a physical cluster: every topic and group whose
 * physical name starts with its prefix belongs to it (longest prefix wins).
 */
export const KafkaVirtualClusters: CollectionConfig = {
  slug: 'kafka-virtual-clusters',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'workspace', 'application', 'environment', 'physicalCluster', 'topicPrefix'],
    group: 'Kafka',
  },
  access: { read: workspaceScoped, create: isPlatformAdmin, update: isPlatformAdmin, delete: isPlatformAdmin },
  indexes: [
    { fields: ['physicalCluster', 'topicPrefix'], unique: true },
    { fields: ['physicalCluster', 'groupPrefix'], unique: true },
  ],
  hooks: { afterChange: [reownAfterVirtualClusterChange], afterDelete: [reownAfterVirtualClusterDelete] },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'workspace', type: 'relationship', relationTo: 'workspaces', required: true, index: true },
    { name: 'application', type: 'relationship', relationTo: 'kafka-applications', index: true },
    {
      name: 'environment',
      type: 'text',
      required: true,
      index: true,
      admin: { description: 'e.g. dev, staging, prod' },
    },
    { name: 'physicalCluster', type: 'relationship', relationTo: 'kafka-clusters', required: true, index: true },
    { name: 'topicPrefix', type: 'text', required: true, admin: { description: 'e.g. acme-payments-prod-' } },
    { name: 'groupPrefix', type: 'text', required: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      options: ['provisioning', 'active', 'suspended', 'deleted'],
    },
  ],
}
