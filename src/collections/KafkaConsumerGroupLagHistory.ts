import type { CollectionConfig } from 'payload'

import { isPlatformAdmin } from '@/access/isPlatformAdmin'
import { workspaceScoped } from '@/access/workspaceScoped'
import { clusterField, syncedAdmin } from '@/collections/fields/ownership'
import { typedJson } from '@/collections/fields/typedJson'
import { partitionLagSchema } from '@/features/consumer-groups/lib/stored-shapes'

/**
 * Lag snapshots: one raw row per group per lag check, downsampled to hourly and daily rows by
 * the retention job (avg in totalLag/lagSeconds, extremes in the *Min/*Max columns; the names are
 * the group's, see DownsampledPoint). A null totalLag is a group without any commit, never 0.
 * Flat on purpose: the lag check appends thousands of rows per cycle through raw bulk inserts.
 */
export const KafkaConsumerGroupLagHistory: CollectionConfig = {
  slug: 'kafka-consumer-group-lag-history',
  admin: {
    ...syncedAdmin,
    useAsTitle: 'timestamp',
    defaultColumns: ['consumerGroup', 'timestamp', 'resolution', 'totalLag', 'memberCount'],
  },
  access: { read: workspaceScoped, create: isPlatformAdmin, update: isPlatformAdmin, delete: isPlatformAdmin },
  indexes: [
    { fields: ['consumerGroup', 'resolution', 'timestamp'], unique: true },
    { fields: ['consumerGroup', 'timestamp'] },
    { fields: ['workspace', 'timestamp'] },
    { fields: ['virtualCluster', 'timestamp'] },
    // Retention reads one cluster's tier by time; per-group reads use the unique (group, resolution, timestamp).
    { fields: ['cluster', 'resolution', 'timestamp'] },
  ],
  fields: [
    { name: 'consumerGroup', type: 'relationship', relationTo: 'kafka-consumer-groups', required: true },
    clusterField,
    { name: 'workspace', type: 'relationship', relationTo: 'workspaces' },
    { name: 'virtualCluster', type: 'relationship', relationTo: 'kafka-virtual-clusters' },
    { name: 'timestamp', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'resolution', type: 'select', required: true, defaultValue: 'raw', options: ['raw', 'hour', 'day'] },
    { name: 'sampleCount', type: 'number', defaultValue: 1 },
    { name: 'totalLag', type: 'number', admin: { description: 'Empty when the group has no commit' } },
    { name: 'totalLagMin', type: 'number' },
    { name: 'totalLagMax', type: 'number' },
    { name: 'maxPartitionLag', type: 'number' },
    { name: 'lagSeconds', type: 'number' },
    { name: 'lagSecondsMax', type: 'number' },
    {
      name: 'partitionLag',
      type: 'json',
      typescriptSchema: typedJson(partitionLagSchema),
      admin: { description: '{ "topic-0": 150, "topic-1": null } (null: no commit)' },
    },
    { name: 'memberCount', type: 'number' },
    { name: 'state', type: 'text' },
  ],
}
