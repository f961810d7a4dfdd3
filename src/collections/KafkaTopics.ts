import type { CollectionConfig } from 'payload'

import { isPlatformAdmin } from '@/access/isPlatformAdmin'
import { workspaceScoped } from '@/access/workspaceScoped'
import { clusterField, ownershipFields } from '@/collections/fields/ownership'
import { typedJson } from '@/collections/fields/typedJson'
import { topicConfigsSchema, topicPartitionSchema, TOPIC_STATUSES } from '@/features/topics/lib'
import { z } from 'zod'

/** One topic of one physical cluster, kept current by the topic sync (metadata, configs, log offsets, consumption). */
export const KafkaTopics: CollectionConfig = {
  slug: 'kafka-topics',
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['name', 'fullName', 'workspace', 'partitions', 'status'],
    group: 'Kafka',
  },
  access: { read: workspaceScoped, create: isPlatformAdmin, update: isPlatformAdmin, delete: isPlatformAdmin },
  indexes: [
    { fields: ['cluster', 'fullName'], unique: true },
    // The topic list sorted by lag within a workspace (its default hides internal and deleted topics).
    { fields: ['workspace', 'internal', 'status', 'worstGroupLag'] },
  ],
  fields: [
    { name: 'name', type: 'text', required: true, admin: { description: 'Name inside the virtual cluster' } },
    { name: 'fullName', type: 'text', required: true, index: true, admin: { description: 'Physical topic name' } },
    clusterField,
    ...ownershipFields,
    { name: 'partitions', type: 'number', min: 1 },
    { name: 'replicationFactor', type: 'number', min: 1 },
    { name: 'internal', type: 'checkbox', defaultValue: false, index: true, admin: { description: 'A broker-internal topic (__consumer_offsets …)' } },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'active',
      index: true,
      options: [...TOPIC_STATUSES],
      admin: { position: 'sidebar', description: 'deleted: gone from the cluster at the last topic sync' },
    },
    {
      name: 'partitionDetail',
      type: 'json',
      typescriptSchema: typedJson(z.array(topicPartitionSchema)),
      admin: { description: 'Per partition: leader, replicas, in-sync replicas, log start/end offsets' },
    },
    { name: 'configs', type: 'json', typescriptSchema: typedJson(topicConfigsSchema), admin: { description: 'retention, cleanup policy, …' } },
    { name: 'consumerGroupCount', type: 'number', admin: { description: 'Groups consuming the topic, at the last topic sync' } },
    {
      name: 'worstGroupLag',
      type: 'number',
      index: true,
      admin: { description: 'The largest lag one consuming group has on the topic (its partitions summed), from the last lag check' },
    },
    { name: 'lastSeenAt', type: 'date' },
    { name: 'deletedAt', type: 'date' },
  ],
}
