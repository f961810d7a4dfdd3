import type { CollectionConfig } from 'payload'

import { clusterField } from '@/collections/fields/ownership'

const nobody = () => false

/**
 * What /api/metrics serves: the lag check's pre-rendered series lines, per cluster, cycle (its poll
 * time, epoch ms), workspace (null: unowned), metric family and part (a slice of the cycle's groups).
 * A row of family SNAPSHOT_COMPLETE (features/metrics/snapshot.ts) marks a cycle whose rows are all
 * written; a scrape reads each cluster's latest such cycle. Internal: no user reads or writes it
 * through any API; the lag check writes it in bulk and the endpoint reads it on the user's behalf,
 * filtered by the consumer groups' read rule.
 */
export const KafkaMetricsSnapshots: CollectionConfig = {
  slug: 'kafka-metrics-snapshots',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['family', 'cluster', 'cycle'] }],
  fields: [
    clusterField,
    { name: 'workspace', type: 'relationship', relationTo: 'workspaces' },
    { name: 'cycle', type: 'number', required: true },
    { name: 'family', type: 'text', required: true },
    { name: 'part', type: 'number', required: true },
    { name: 'lines', type: 'textarea' },
  ],
}
