import type { CollectionConfig } from 'payload'

import { isPlatformAdmin } from '@/access/isPlatformAdmin'

/**
 * Expiring leases of the embedded runner: one row per name (the active runner, each job and
 * cluster). Claimed atomically with one conditional upsert; a crashed holder's lease expires.
 * Under Temporal, also which worker holds a cluster's lag state (lagStateLeaseName; the holder is
 * the worker's own task queue).
 */
export const SyncLeases: CollectionConfig = {
  slug: 'sync-leases',
  admin: { group: 'Sync', useAsTitle: 'name', defaultColumns: ['name', 'holder', 'expiresAt'] },
  access: { read: isPlatformAdmin, create: () => false, update: () => false, delete: isPlatformAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    { name: 'holder', type: 'text', required: true },
    { name: 'expiresAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
