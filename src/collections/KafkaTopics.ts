import type { CollectionConfig } from 'payload'

import { isPlatformAdmin } from '@/access/isPlatformAdmin'
import { workspaceScoped } from '@/access/workspaceScoped'
import { clusterField, ownershipFields } from '@/collections/fields/ownership'

export const KafkaTopics: CollectionConfig = {
  slug: 'kafka-topics',
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['name', 'fullName', 'workspace', 'partitions'],
    group: 'Kafka',
  },
  access: { read: workspaceScoped, create: isPlatformAdmin, update: isPlatformAdmin, delete: isPlatformAdmin },
  indexes: [{ fields: ['cluster', 'fullName'], unique: true }],
  fields: [
    { name: 'name', type: 'text', required: true, admin: { description: 'Name inside the virtual cluster' } },
    { name: 'fullName', type: 'text', required: true, index: true, admin: { description: 'Physical topic name' } },
    clusterField,
    ...ownershipFields,
    { name: 'partitions', type: 'number', min: 1 },
    { name: 'replicationFactor', type: 'number', min: 1 },
  ],
}
