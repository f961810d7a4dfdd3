import type { CollectionConfig } from 'payload'

import { isPlatformAdmin } from '@/access/isPlatformAdmin'
import { workspaceScoped } from '@/access/workspaceScoped'
import { clusterField, syncedAdmin } from '@/collections/fields/ownership'
import { GROUP_EVENT_KINDS } from '@/features/consumer-groups/lib/group-events'

/**
 * The group's own timeline (lib/group-events.ts): membership and state changes recorded by the
 * consumer-group sync, offset resets by the lag check. Owned like the lag history (the group's
 * workspace and virtual cluster, copied when written) and read under the same rule. Flat on
 * purpose: written in bulk through raw inserts; the fields a kind does not use are empty.
 */
export const KafkaConsumerGroupEvents: CollectionConfig = {
  slug: 'kafka-consumer-group-events',
  admin: {
    ...syncedAdmin,
    useAsTitle: 'kind',
    defaultColumns: ['consumerGroup', 'timestamp', 'kind', 'memberId', 'toState'],
  },
  access: { read: workspaceScoped, create: isPlatformAdmin, update: isPlatformAdmin, delete: isPlatformAdmin },
  indexes: [
    // "Events of group X in a time range", newest first.
    { fields: ['consumerGroup', 'timestamp'] },
    { fields: ['workspace', 'timestamp'] },
    { fields: ['virtualCluster', 'timestamp'] },
    // Retention deletes one cluster's events by time.
    { fields: ['cluster', 'timestamp'] },
  ],
  fields: [
    { name: 'consumerGroup', type: 'relationship', relationTo: 'kafka-consumer-groups', required: true },
    clusterField,
    { name: 'workspace', type: 'relationship', relationTo: 'workspaces' },
    { name: 'virtualCluster', type: 'relationship', relationTo: 'kafka-virtual-clusters' },
    { name: 'timestamp', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'kind', type: 'select', required: true, options: [...GROUP_EVENT_KINDS] },
    { name: 'memberId', type: 'text' },
    { name: 'clientId', type: 'text' },
    { name: 'host', type: 'text' },
    { name: 'fromState', type: 'text' },
    { name: 'toState', type: 'text' },
    { name: 'topic', type: 'text' },
    { name: 'partition', type: 'number' },
    { name: 'fromOffset', type: 'number' },
    { name: 'toOffset', type: 'number' },
  ],
}
