import type { CollectionConfig } from 'payload'

import { workspaceManaged } from '@/access/workspaceManaged'
import { typedJson } from '@/collections/fields/typedJson'
import { DELIVERY_STATUSES } from '@/features/alerting/lib/channels/kinds'
import { alertNotificationSchema } from '@/features/alerting/lib/channels/notification-schema'

const denied = () => false
const dateTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/**
 * One notification to one channel: written by the delivery (features/alerting/channels) only,
 * read by the managers of the channel's workspace, so failures stay visible with their error.
 */
export const AlertDeliveries: CollectionConfig = {
  slug: 'alert-deliveries',
  admin: { group: 'Alerting', defaultColumns: ['channel', 'status', 'attempts', 'responseCode', 'lastError', 'updatedAt'] },
  access: { read: workspaceManaged, create: denied, update: denied, delete: denied },
  indexes: [{ fields: ['status', 'nextAttemptAt'] }],
  fields: [
    { name: 'workspace', type: 'relationship', relationTo: 'workspaces', index: true },
    { name: 'channel', type: 'relationship', relationTo: 'alert-channels', index: true },
    { name: 'fingerprint', type: 'text', index: true },
    { name: 'notification', type: 'json', required: true, typescriptSchema: typedJson(alertNotificationSchema) },
    { name: 'status', type: 'select', required: true, defaultValue: 'pending', options: [...DELIVERY_STATUSES] },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0 },
    { name: 'nextAttemptAt', type: 'date', admin: dateTime },
    { name: 'lastAttemptAt', type: 'date', admin: dateTime },
    { name: 'sentAt', type: 'date', admin: dateTime },
    { name: 'responseCode', type: 'number', admin: { description: 'HTTP status, or the SMTP reply code' } },
    { name: 'lastError', type: 'text' },
  ],
}
