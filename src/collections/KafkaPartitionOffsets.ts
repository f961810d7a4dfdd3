import type { CollectionConfig } from 'payload'

import { isPlatformAdmin } from '@/access/isPlatformAdmin'
import { clusterField, syncedAdmin } from '@/collections/fields/ownership'
import { typedJson } from '@/collections/fields/typedJson'
import { recentLogEndsSchema, timeLagTableSchema } from '@/features/consumer-groups/lib/stored-shapes'

/**
 * Per physical partition, what the lag check remembers between polls and across restarts:
 * kafka-lag-exporter's offset/time table (time lag) and Burrow's recent log-end offsets (STOP).
 * Shared by every group reading the partition; internal, platform admins only.
 */
export const KafkaPartitionOffsets: CollectionConfig = {
  slug: 'kafka-partition-offsets',
  admin: { ...syncedAdmin, useAsTitle: 'topic', defaultColumns: ['cluster', 'topic', 'partition', 'updatedAt'] },
  access: { read: isPlatformAdmin, create: isPlatformAdmin, update: isPlatformAdmin, delete: isPlatformAdmin },
  indexes: [{ fields: ['cluster', 'topic', 'partition'], unique: true }],
  fields: [
    clusterField,
    { name: 'topic', type: 'text', required: true },
    { name: 'partition', type: 'number', required: true },
    { name: 'timeTable', type: 'json', typescriptSchema: typedJson(timeLagTableSchema), admin: { description: '{ limit, points: [{ offset, time }] }' } },
    { name: 'recentLogEnds', type: 'json', typescriptSchema: typedJson(recentLogEndsSchema) },
  ],
}
