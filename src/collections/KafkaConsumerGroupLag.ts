import type { CollectionConfig } from 'payload'

import { isPlatformAdmin } from '@/access/isPlatformAdmin'
import { workspaceScoped } from '@/access/workspaceScoped'
import { syncedAdmin } from '@/collections/fields/ownership'
import { groupLagFields } from '@/collections/fields/groupLag'
import { pointGroupAtLagRow } from '@/collections/hooks/groupLagRow'

/**
 * A consumer group's latest lag, one row per group, rewritten by every lag check: apart from the
 * group's descriptive row (kafka-consumer-groups, written only when the group sync sees a change)
 * so a cycle rewrites a narrow row with one index instead of a wide one with fifteen. The group
 * reads these fields as its own (virtual fields through its `lag` relationship), so lists sort and
 * filter on them with one join. Owned like the lag history (the group's workspace and virtual
 * cluster, copied when written, moved with the group). No timestamps: lagCheckedAt is the row's
 * time, and an updatedAt index would be one more index rewritten every cycle.
 */
export const KafkaConsumerGroupLag: CollectionConfig = {
  slug: 'kafka-consumer-group-lag',
  admin: {
    ...syncedAdmin,
    useAsTitle: 'lagCheckedAt',
    defaultColumns: ['consumerGroup', 'totalLag', 'lagStatus', 'lagCheckedAt'],
  },
  access: { read: workspaceScoped, create: isPlatformAdmin, update: isPlatformAdmin, delete: isPlatformAdmin },
  timestamps: false,
  hooks: { afterChange: [pointGroupAtLagRow] },
  indexes: [{ fields: ['consumerGroup'], unique: true }],
  fields: [
    { name: 'consumerGroup', type: 'relationship', relationTo: 'kafka-consumer-groups', required: true },
    { name: 'workspace', type: 'relationship', relationTo: 'workspaces' },
    { name: 'virtualCluster', type: 'relationship', relationTo: 'kafka-virtual-clusters' },
    ...groupLagFields,
  ],
}
