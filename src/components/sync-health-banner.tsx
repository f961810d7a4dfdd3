import { AlertTriangle } from 'lucide-react'

import type { ClusterSyncHealth } from '@/features/kafka-scope/sync-health'
import { needsAttention, type JobHealth } from '@/features/sync-health/lib/job-health'

import { StatusBadge, type BadgeTone } from '@/components/badge'

export const STATE_TEXT: Record<JobHealth['state'], { label: string; tone: BadgeTone }> = {
  ok: { label: 'OK', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
  partial: { label: 'Partly failed', tone: 'warning' },
  stale: { label: 'Stale', tone: 'warning' },
  never: { label: 'Not synced yet', tone: 'info' },
}

/** "2026-01-08 12:00 UTC" or "never": one wording for sync times. */
export const when = (iso: string | null) => (iso ? new Date(iso).toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : 'never')

/**
 * Per visible cluster: the jobs behind this page whose last run failed, was partial, never ran or
 * is stale, with the last success and the error text. Renders nothing when every sync is healthy.
 */
export function SyncHealthBanner({ clusters }: { clusters: ClusterSyncHealth[] }) {
  const problems = clusters.map((cluster) => ({ ...cluster, jobs: cluster.jobs.filter(needsAttention) })).filter((cluster) => cluster.jobs.length > 0)
  if (problems.length === 0) return null
  const severe = problems.some((c) => c.jobs.some((j) => j.state === 'failed'))
  return (
    <section
      role="status"
      aria-label="Sync health"
      data-testid="sync-health-banner"
      className={severe ? 'rounded-xl border border-red-600/40 bg-red-500/5 p-4 text-sm' : 'rounded-xl border border-amber-600/40 bg-amber-500/5 p-4 text-sm'}
    >
      <p className="flex items-center gap-2 font-medium">
        <AlertTriangle aria-hidden className="size-4" />
        Some data on this page may be out of date
      </p>
      <ul className="mt-2 grid gap-2">
        {problems.flatMap((cluster) =>
          cluster.jobs.map((job) => (
            <li key={`${cluster.clusterId}-${job.job}`} className="grid gap-0.5" data-testid="sync-health-item">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{cluster.clusterName}</span>
                <span className="text-muted-foreground">{job.label}</span>
                <StatusBadge tone={STATE_TEXT[job.state].tone} label={STATE_TEXT[job.state].label} />
                <span className="text-xs text-muted-foreground">
                  last success {when(job.lastSuccessAt)} · last run {when(job.lastRunAt)}
                </span>
              </div>
              {job.error ? (
                <p className="line-clamp-3 break-words text-xs text-muted-foreground" title={job.error}>
                  {job.error}
                </p>
              ) : null}
            </li>
          )),
        )}
      </ul>
    </section>
  )
}
