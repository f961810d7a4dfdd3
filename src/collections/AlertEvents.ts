import type { CollectionConfig } from 'payload'

import { isPlatformAdmin } from '@/access/isPlatformAdmin'
import { workspaceScoped } from '@/access/workspaceScoped'
import { ALERT_STATUSES } from '@/features/alerting/lib/types'

/** The history of alert transitions (pending, firing, resolved), appended by the evaluation only. */
export const AlertEvents: CollectionConfig = {
  slug: 'alert-events',
  admin: { useAsTitle: 'targetName', defaultColumns: ['at', 'targetName', 'fromStatus', 'toStatus', 'reason', 'workspace'], group: 'Alerting' },
  access: { read: workspaceScoped, create: () => false, update: () => false, delete: isPlatformAdmin },
  // One row per transition: an alert moves to a status at most once per evaluation time.
  indexes: [{ fields: ['fingerprint', 'at', 'toStatus'], unique: true }, { fields: ['workspace', 'at'] }],
  fields: [
    { name: 'fingerprint', type: 'text', required: true, index: true },
    { name: 'rule', type: 'relationship', relationTo: 'alert-rules', required: true, index: true },
    { name: 'workspace', type: 'relationship', relationTo: 'workspaces', index: true },
    { name: 'targetKind', type: 'select', required: true, options: ['consumer-group', 'schema-subject', 'cluster'] },
    { name: 'targetName', type: 'text', required: true },
    { name: 'clusterName', type: 'text', required: true },
    { name: 'targetPath', type: 'text', required: true },
    { name: 'fromStatus', type: 'select', options: [...ALERT_STATUSES] },
    { name: 'toStatus', type: 'select', required: true, options: [...ALERT_STATUSES] },
    { name: 'at', type: 'date', required: true, index: true },
    { name: 'reason', type: 'text' },
    { name: 'notified', type: 'checkbox', defaultValue: false, admin: { description: 'A notification was handed to the channels' } },
  ],
}
