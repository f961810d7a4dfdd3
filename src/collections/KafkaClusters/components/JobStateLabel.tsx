import type { JobHealthState } from '@/features/sync-health/lib/job-health'

/** The words and colour of a sync state in the admin (the app's own badge lives in src/components/sync-health-banner.tsx). */
export const JOB_STATE_TEXT: Record<JobHealthState, { label: string; color: string }> = {
  ok: { label: 'OK', color: 'var(--theme-success-500)' },
  failed: { label: 'Failed', color: 'var(--theme-error-500)' },
  partial: { label: 'Partly failed', color: 'var(--theme-warning-500)' },
  stale: { label: 'Stale', color: 'var(--theme-warning-500)' },
  never: { label: 'Not synced yet', color: 'var(--theme-elevation-500)' },
}

export function JobStateLabel({ state }: { state: JobHealthState }) {
  const text = JOB_STATE_TEXT[state]
  return (
    <span style={{ color: text.color, fontWeight: 600 }} data-state={state}>
      {text.label}
    </span>
  )
}
