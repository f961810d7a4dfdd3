import { formatDuration } from '@/lib/format'

import { evaluateJobHealth, type JobHealth, type JobHealthInput, type JobHealthState } from '@/features/sync-health/lib/job-health'
import { SYNC_JOB_LABELS, SYNC_JOBS, type SyncJob, type SyncOutcome } from '@/features/sync-health/lib/jobs'

/** A cluster's stored sync health (the `syncHealth` group of kafka-clusters), one entry per job. */
export type StoredSyncHealth = Partial<Record<SyncJob, (JobHealthInput & { lastDurationMs?: number | null }) | null | undefined>> | null | undefined

/** One row of a cluster's sync health table: the verdict plus what the last run did and when the next one is due. */
export type JobRun = JobHealth & {
  job: SyncJob
  outcome: SyncOutcome | null
  durationMs: number | null
  /** Last run + the job's interval; null when it never ran (the scheduler picks it up at its next tick). */
  nextRunAt: string | null
}

/** The jobs that run on a cluster: a cluster without a registry is never schema-synced. */
export function jobsOfCluster(hasSchemaRegistry: boolean, jobs: readonly SyncJob[] = SYNC_JOBS): SyncJob[] {
  return jobs.filter((job) => job !== 'schemaSync' || hasSchemaRegistry)
}

/** Pure: every job of a cluster with its health, outcome, duration and next run, in the registry's order. */
export function clusterJobRuns(health: StoredSyncHealth, jobs: readonly SyncJob[], intervalSeconds: (job: SyncJob) => number, now: Date): JobRun[] {
  return jobs.map((job) => {
    const stored = health?.[job]
    const interval = intervalSeconds(job)
    const lastRun = stored?.lastRunAt ? Date.parse(stored.lastRunAt) : NaN
    return {
      ...evaluateJobHealth(job, SYNC_JOB_LABELS[job], stored, interval, now),
      job,
      outcome: stored?.lastOutcome ?? null,
      durationMs: typeof stored?.lastDurationMs === 'number' ? stored.lastDurationMs : null,
      nextRunAt: Number.isFinite(lastRun) ? new Date(lastRun + interval * 1000).toISOString() : null,
    }
  })
}

const SEVERITY: Record<JobHealthState, number> = { ok: 0, never: 1, stale: 2, partial: 3, failed: 4 }

/** The state a cluster's health column shows: its worst job ('ok' for a cluster with no jobs). */
export function worstJobState(runs: readonly Pick<JobHealth, 'state'>[]): JobHealthState {
  return runs.reduce<JobHealthState>((worst, run) => (SEVERITY[run.state] > SEVERITY[worst] ? run.state : worst), 'ok')
}

/** A run's duration for people: "850 ms" below a second, else "12s", "3m 20s" (never raw milliseconds). */
export function formatRunDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return '—'
  if (ms < 1000) return `${Math.round(ms)} ms`
  return formatDuration(ms / 1000)
}

/** "in 4 min", "in 2 h", "due now" (the next tick picks it up), "—" when unknown. */
export function formatNextRun(iso: string | null, now: number): string {
  if (!iso) return '—'
  const seconds = Math.round((Date.parse(iso) - now) / 1000)
  if (!Number.isFinite(seconds)) return '—'
  if (seconds <= 0) return 'due now'
  return `in ${formatDuration(seconds)}`
}
