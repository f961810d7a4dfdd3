import type { Field } from 'payload'

import { isPlatformAdminField } from '@/access/isPlatformAdmin'

/** Names of the sync jobs whose health is kept on each cluster; named once here. */
export const SYNC_JOBS = ['schemaSync', 'consumerGroupSync', 'lagCheck', 'retention'] as const
export type SyncJob = (typeof SYNC_JOBS)[number]

const jobLabels: Record<SyncJob, string> = {
  schemaSync: 'Schema Registry sync',
  consumerGroupSync: 'Consumer group sync',
  lagCheck: 'Lag check',
  retention: 'Lag history retention',
}

function jobHealth(job: SyncJob): Field {
  return {
    name: job,
    label: jobLabels[job],
    type: 'group',
    admin: { readOnly: true },
    fields: [
      { name: 'lastRunAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'lastSuccessAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      {
        name: 'lastOutcome',
        type: 'select',
        options: ['succeeded', 'partial', 'failed'],
        enumName: `enum_sync_${job}_outcome`.toLowerCase(),
      },
      // Error texts name registry subjects, groups and topics of every tenant on the cluster:
      // only platform admins read them (members still see the outcome and times).
      { name: 'lastError', type: 'textarea', access: { read: isPlatformAdminField } },
      { name: 'lastDurationMs', type: 'number' },
    ],
  }
}

export const syncHealthField: Field = {
  name: 'syncHealth',
  type: 'group',
  admin: { description: 'Written by the sync engine after every run.' },
  fields: SYNC_JOBS.map(jobHealth),
}
