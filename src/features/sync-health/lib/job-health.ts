import type { SyncOutcome } from '@/features/sync-health/lib/jobs'

/**
 * Whether a cluster's sync job needs the user's attention (pure). A job is a problem when its last
 * run failed or was partial, or when its last success is older than a few intervals (the data on
 * screen may be stale); a job that never ran is reported as pending.
 */
export type JobHealthInput = {
  lastRunAt?: string | null
  lastSuccessAt?: string | null
  lastOutcome?: SyncOutcome | null
  lastError?: string | null
}

export type JobHealthState = 'ok' | 'failed' | 'partial' | 'stale' | 'never'

export type JobHealth = {
  job: string
  label: string
  state: JobHealthState
  lastRunAt: string | null
  lastSuccessAt: string | null
  error: string | null
}

/** Intervals without a success before the data counts as stale. */
export const STALE_AFTER_INTERVALS = 3

export function evaluateJobHealth(job: string, label: string, input: JobHealthInput | null | undefined, intervalSeconds: number, now: Date): JobHealth {
  const base = { job, label, lastRunAt: input?.lastRunAt ?? null, lastSuccessAt: input?.lastSuccessAt ?? null, error: input?.lastError || null }
  if (!input?.lastRunAt) return { ...base, state: 'never' }
  if (input.lastOutcome === 'failed') return { ...base, state: 'failed' }
  if (input.lastOutcome === 'partial') return { ...base, state: 'partial' }
  const success = input.lastSuccessAt ? Date.parse(input.lastSuccessAt) : NaN
  if (!Number.isFinite(success) || now.getTime() - success > STALE_AFTER_INTERVALS * intervalSeconds * 1000) {
    return { ...base, state: 'stale' }
  }
  return { ...base, state: 'ok' }
}

export const needsAttention = (health: JobHealth) => health.state !== 'ok'
