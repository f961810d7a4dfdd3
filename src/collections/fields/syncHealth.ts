import type { Field } from 'payload'

import { isPlatformAdminField } from '@/access/isPlatformAdmin'
import { SYNC_JOB_LABELS, SYNC_JOBS, SYNC_OUTCOMES, type SyncJob } from '@/features/sync-health/lib/jobs'

function jobHealth(job: SyncJob): Field {
  return {
    name: job,
    label: SYNC_JOB_LABELS[job],
    type: 'group',
    admin: { readOnly: true },
    fields: [
      { name: 'lastRunAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'lastSuccessAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      {
        name: 'lastOutcome',
        type: 'select',
        options: [...SYNC_OUTCOMES],
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
  // Written by the sync engine after every run; the admin shows it as a table (KafkaClusters/components/SyncHealthPanel).
  admin: { hidden: true },
  fields: SYNC_JOBS.map(jobHealth),
}
