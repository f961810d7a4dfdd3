import { clusterLeaseName, type RunnerKind, SYNC_JOBS, type SyncJob } from '@/sync/shared/jobs'

export type RunningRun = { id: number; job: string; cluster: number | null; runner: RunnerKind }
export type HeldLease = { name: string; holder: string; expiresAt: string }

/** The runners whose runs are covered by a lease (Temporal's are covered by their workflow ids). */
const LEASED_RUNNERS: readonly RunnerKind[] = ['embedded', 'manual']

export const ABANDONED_ERROR = 'Abandoned: the process running it stopped before it finished'

/**
 * The running runs no live process holds: a run of a leased runner is alive only while its
 * (job, cluster) lease is unexpired, and not when that lease belongs to `stoppingHolder` (a
 * process shutting down). Pure.
 */
export function abandonedRunIds(runs: RunningRun[], leases: HeldLease[], now: Date, stoppingHolder?: string): number[] {
  const byName = new Map(leases.map((l) => [l.name, l]))
  return runs
    .filter((run) => {
      if (!LEASED_RUNNERS.includes(run.runner) || run.cluster === null || !isSyncJob(run.job)) return false
      const lease = byName.get(clusterLeaseName(run.job, run.cluster))
      return !lease || Date.parse(lease.expiresAt) <= now.getTime() || lease.holder === stoppingHolder
    })
    .map((run) => run.id)
}

const isSyncJob = (job: string): job is SyncJob => (SYNC_JOBS as readonly string[]).includes(job)
