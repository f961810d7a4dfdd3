import type { CollectionConfig } from 'payload'

import { isPlatformAdmin } from '@/access/isPlatformAdmin'
import { SYNC_RUN_STATES } from '@/features/sync-health/lib/jobs'

/** Every sync run (workflow, cluster, runner, timing, counts, outcome); platform admins only. */
export const SyncRuns: CollectionConfig = {
  slug: 'sync-runs',
  admin: {
    group: 'Sync',
    useAsTitle: 'job',
    defaultColumns: ['job', 'cluster', 'runner', 'outcome', 'startedAt', 'durationMs'],
  },
  access: { read: isPlatformAdmin, create: () => false, update: () => false, delete: isPlatformAdmin },
  indexes: [{ fields: ['job', 'startedAt'] }],
  fields: [
    { name: 'job', type: 'text', required: true, index: true },
    { name: 'cluster', type: 'relationship', relationTo: 'kafka-clusters', index: true },
    { name: 'runner', type: 'select', required: true, options: ['embedded', 'temporal', 'manual'] },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      defaultValue: 'running',
      index: true,
      options: [...SYNC_RUN_STATES],
    },
    { name: 'startedAt', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', type: 'number' },
    { name: 'counts', type: 'json' },
    { name: 'error', type: 'textarea' },
  ],
}
