import type { CollectionConfig } from 'payload'
import { z } from 'zod'

import { isPlatformAdmin } from '@/access/isPlatformAdmin'
import { workspaceScoped } from '@/access/workspaceScoped'
import { clusterField, ownershipFields, syncedAdmin } from '@/collections/fields/ownership'
import { typedJson } from '@/collections/fields/typedJson'
import { groupLagFieldsOnGroup } from '@/collections/fields/groupLag'
import { forwardLagFieldsToLagRow, readLagRowOnce } from '@/collections/hooks/groupLagRow'
import { groupMemberSchema, subscribedTopicNamesSchema } from '@/features/consumer-groups/lib/stored-shapes'
import { GROUP_TYPES } from '@/features/consumer-groups/lib/types'

/**
 * One consumer group of one cluster as the group sync sees it, written only when that changes.
 * Its latest lag lives in its own narrow row (kafka-consumer-group-lag, rewritten every cycle) and
 * reads as the group's fields (virtual, through `lag`): lists sort and filter on them with one join.
 */
export const KafkaConsumerGroups: CollectionConfig = {
  slug: 'kafka-consumer-groups',
  admin: {
    ...syncedAdmin,
    useAsTitle: 'groupId',
    defaultColumns: ['groupId', 'workspace', 'groupType', 'state', 'memberCount', 'totalLag', 'lagStatus'],
  },
  access: { read: workspaceScoped, create: isPlatformAdmin, update: isPlatformAdmin, delete: isPlatformAdmin },
  hooks: { afterChange: [forwardLagFieldsToLagRow], beforeRead: [readLagRowOnce] },
  indexes: [
    { fields: ['cluster', 'groupId'], unique: true },
    // Covers the list's summary counts within a workspace or virtual cluster (state, status): on
    // SQLite each count read 2,500 wide rows (26-46 ms) and reads the index alone now.
    { fields: ['workspace', 'virtualCluster', 'state', 'status'] },
  ],
  fields: [
    { name: 'groupId', type: 'text', required: true, index: true },
    clusterField,
    ...ownershipFields,
    { name: 'groupType', type: 'select', options: [...GROUP_TYPES], index: true },
    { name: 'protocolType', type: 'text', admin: { description: 'e.g. consumer, connect' } },
    { name: 'state', type: 'text', index: true, admin: { description: 'Stable, Empty, PreparingRebalance, Dead, ...' } },
    { name: 'memberCount', type: 'number' },
    {
      name: 'members',
      type: 'json',
      typescriptSchema: typedJson(z.array(groupMemberSchema)),
      admin: { description: '[{ memberId, clientId, host, assignments }]' },
    },
    { name: 'coordinatorBroker', type: 'text' },
    { name: 'assignmentStrategy', type: 'text' },
    { name: 'subscribedTopics', type: 'relationship', relationTo: 'kafka-topics', hasMany: true },
    { name: 'subscribedTopicNames', type: 'json', typescriptSchema: typedJson(subscribedTopicNamesSchema), admin: { description: 'Physical topic names' } },
    {
      name: 'lag',
      type: 'relationship',
      relationTo: 'kafka-consumer-group-lag',
      // Read through the lag fields (one batched read per page, readLagRowOnce), never populated itself.
      maxDepth: 0,
      admin: { readOnly: true, description: 'The group’s latest lag (its own row, rewritten by every lag check)' },
    },
    ...groupLagFieldsOnGroup,
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      index: true,
      options: ['active', 'inactive', 'archived'],
      admin: { position: 'sidebar' },
    },
    { name: 'emptySince', type: 'date' },
    { name: 'firstSeenAt', type: 'date' },
    { name: 'lastSeenAt', type: 'date', index: true },
  ],
}
