import type { CollectionConfig } from 'payload'

import { isPlatformAdmin } from '@/access/isPlatformAdmin'

/**
 * What a running sync keeps between its activities instead of passing it through the workflow
 * (Temporal's history limits a payload to 2 MB): numbered chunks of a part (e.g. a schema sync's
 * registry listing and its batches to fetch), keyed by the sync run. Dropped when the run
 * finishes; a dead run's chunks go with the retention of finished runs. Internal: the sync engine
 * writes it, platform admins may look.
 */
export const SyncStaging: CollectionConfig = {
  slug: 'sync-staging',
  admin: { group: 'Sync', useAsTitle: 'part', defaultColumns: ['run', 'part', 'seq', 'createdAt'] },
  access: { read: isPlatformAdmin, create: () => false, update: () => false, delete: isPlatformAdmin },
  indexes: [{ fields: ['run', 'part', 'seq'], unique: true }],
  fields: [
    { name: 'run', type: 'number', required: true, admin: { description: 'The id of the sync run (sync-runs) the chunk belongs to.' } },
    { name: 'part', type: 'text', required: true },
    { name: 'seq', type: 'number', required: true },
    { name: 'data', type: 'json', required: true },
  ],
}
