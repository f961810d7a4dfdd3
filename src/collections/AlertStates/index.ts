import type { CollectionConfig, Field } from 'payload'

import { denyAll } from '@/access/denyAll'
import { isPlatformAdmin } from '@/access/isPlatformAdmin'
import { workspaceManaged } from '@/access/workspaceManaged'
import { workspaceScoped } from '@/access/workspaceScoped'
import { stampSilenceAndAcknowledgement } from '@/collections/AlertStates/hooks/stampSilenceAndAcknowledgement'
import { ALERT_STATUSES } from '@/features/alerting/lib/types'

const TARGET_KINDS = ['consumer-group', 'schema-subject', 'cluster']

/** Written by the evaluation only (it writes in bulk with overrideAccess): no API changes these. */
const engineOwned = (field: Field): Field => ({ ...field, access: { update: denyAll } }) as Field

/**
 * The state of one (rule, target): pending, firing or resolved, with what the channels were last
 * told. Stored so a restart neither loses nor re-sends a firing alert. Members of the rule's
 * workspace read it; its owners and admins silence and acknowledge it (those fields alone).
 */
export const AlertStates: CollectionConfig = {
  slug: 'alert-states',
  admin: { useAsTitle: 'fingerprint', defaultColumns: ['targetName', 'status', 'statusSince', 'reason', 'workspace'], group: 'Alerting' },
  access: { read: workspaceScoped, create: () => false, update: workspaceManaged, delete: isPlatformAdmin },
  hooks: { beforeChange: [stampSilenceAndAcknowledgement] },
  indexes: [{ fields: ['workspace', 'status'] }, { fields: ['targetKind', 'targetId', 'status'] }],
  fields: [
    ...(
      [
        { name: 'fingerprint', type: 'text', required: true, unique: true, index: true },
        { name: 'rule', type: 'relationship', relationTo: 'alert-rules', required: true, index: true },
        { name: 'workspace', type: 'relationship', relationTo: 'workspaces', index: true, admin: { description: 'The rule’s (empty = cluster-wide)' } },
        { name: 'cluster', type: 'relationship', relationTo: 'kafka-clusters', required: true, index: true },
        { name: 'targetKind', type: 'select', required: true, options: TARGET_KINDS },
        { name: 'targetId', type: 'number', required: true, admin: { description: 'The id of the group, subject or cluster' } },
        { name: 'targetName', type: 'text', required: true },
        { name: 'clusterName', type: 'text', required: true },
        { name: 'targetPath', type: 'text', required: true, admin: { description: 'The target’s product page' } },
        { name: 'status', type: 'select', required: true, options: [...ALERT_STATUSES], index: true },
        { name: 'statusSince', type: 'date', required: true, admin: { description: 'Firing since, pending since or resolved since' } },
        { name: 'consecutive', type: 'number', required: true, defaultValue: 0, admin: { description: 'Matching evaluations in a row' } },
        { name: 'reason', type: 'text' },
        { name: 'lastFiringNotifiedAt', type: 'date' },
        { name: 'notifiedStatus', type: 'select', options: ['firing', 'resolved'], admin: { description: 'What the channels were last told' } },
        { name: 'conditionSince', type: 'date', admin: { description: 'Duration conditions: since when the condition holds' } },
        { name: 'committedOffsets', type: 'number', admin: { description: 'Stalled: the committed offsets (summed) last seen' } },
      ] satisfies Field[]
    ).map(engineOwned),
    { name: 'silencedUntil', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'silenceComment', type: 'text' },
    engineOwned({ name: 'silencedBy', type: 'relationship', relationTo: 'users' }),
    { name: 'acknowledgedAt', type: 'date' },
    engineOwned({ name: 'acknowledgedBy', type: 'relationship', relationTo: 'users' }),
  ],
}
