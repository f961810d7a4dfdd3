import type { CollectionConfig } from 'payload'

import { isPlatformAdmin } from '@/access/isPlatformAdmin'
import { workspaceScoped } from '@/access/workspaceScoped'
import { clusterField, syncedAdmin } from '@/collections/fields/ownership'

/**
 * Lag history in three tiers. Raw: one row per group per UTC hour (timestamp = the hour's start)
 * whose `samples` holds every poll of the hour packed (lib/packed-samples.ts), appended by the lag
 * check's bulk upsert; its scalar columns stay empty. Hour and day: one row per bucket, rolled up
 * by the retention job (avg in totalLag/lagSeconds, extremes in the *Min/*Max columns; the names
 * are the group's, see DownsampledPoint). A null totalLag is a group without any commit, never 0.
 * Only the indexes the readers use: per-group reads and the upsert use (group, resolution, time),
 * retention reads a cluster's tier by time.
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
      name: 'samples',
      type: 'textarea',
      admin: { description: "Raw rows: the hour's polls, packed (offset ms,totalLag,maxPartitionLag,lagSeconds,memberCount,state;)" },
    },
    { name: 'memberCount', type: 'number' },
    { name: 'state', type: 'text' },
  ],
}
