import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'

import { Cron } from 'croner'
import type { Payload } from 'payload'

import { type Activities, createActivities } from '@/sync/activities'
import { closeAbandonedRuns } from '@/sync/db/abandoned-runs'
import { acquireLease, releaseLeasesOf, whileHoldingLease } from '@/sync/db/leases'
import { clusterLeaseName, type ClusterJobResult, type RunnerKind, RUNNER_LEASE, SYNC_JOBS, type SyncJob } from '@/sync/shared/jobs'
import { type SyncSettings, syncSettings } from '@/sync/settings'
import { JOB_WORKFLOWS } from '@/sync/workflows/job-workflows'

/** The active runner renews leadership this often; others take over after the TTL. */
const LEADER_HEARTBEAT_MS = 10_000
const LEADER_TTL_MS = 35_000

export type EmbeddedRunnerOptions = {
  payload: Payload
  /** Defaults to the settings of the environment (src/lib/env.ts). */
  settings?: SyncSettings
  activities?: Activities
  /** Identity of this process in the lease table. */
  holder?: string
  /** Delay before the first run of each job (ms). */
  firstRunDelayMs?: number
}

/**
 * Runs every cluster job of one process on a schedule. Among processes sharing a database only
 * the lease holder schedules; each (job, cluster) run takes its own expiring lease, so two runs
 * never overlap and a crashed one never blocks later runs.
 */
export function startEmbeddedRunner(options: EmbeddedRunnerOptions) {
  const { payload } = options
  const settings = options.settings ?? syncSettings()
  const activities = options.activities ?? createActivities({ payload, settings })
  const leaseMs = settings.runLeaseMs
  const holder = options.holder ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
  let leader = false
  let stopped = false

  const heartbeat = async () => {
    try {
      leader = await acquireLease(payload, RUNNER_LEASE, holder, LEADER_TTL_MS)
    } catch (error) {
      leader = false
      payload.logger.error({ err: error, msg: 'embedded runner: lease heartbeat failed' })
    }
  }
  const heartbeatTimer = setInterval(() => void heartbeat(), LEADER_HEARTBEAT_MS)
  heartbeatTimer.unref()

  const runAll = async (job: SyncJob) => {
    if (stopped || !leader) return
    const results = await runJobForAllClusters({ payload, activities, holder, job, runner: 'embedded', leaseMs })
    for (const r of results.filter((r) => r.outcome !== 'succeeded')) {
      payload.logger.warn(`${job} cluster ${r.clusterId}: ${r.outcome}${r.error ? ` (${r.error.split('\n')[0]})` : ''}`)
    }
  }

  const crons = SYNC_JOBS.map((job) => {
    const interval = settings.intervalSeconds[job]
    // croner: fire every second-tick, at most once per `interval`, never overlapping itself.
    return new Cron('* * * * * *', { interval, protect: true, unref: true }, () => runAll(job))
  })
  const runFirst = async () => {
    await heartbeat()
    // Runs left `running` by a process that died (no live lease covers them) are closed first.
    await closeAbandonedRuns(payload).catch((error: unknown) => payload.logger.warn({ err: error, msg: 'embedded runner: could not close abandoned runs' }))
    await Promise.all(SYNC_JOBS.map(runAll))
  }
  const firstRun = setTimeout(() => void runFirst(), options.firstRunDelayMs ?? 5_000)
  firstRun.unref()

  return {
    holder,
    isLeader: () => leader,
    /**
     * Stops scheduling, closes this process's runs in progress as abandoned and frees leadership
     * and their leases, so a restarted process (or another one) runs them at once instead of
     * waiting for them to expire (ORBIT_SYNC_RUN_LEASE_SECONDS). Called on SIGTERM/SIGINT
     * (src/lib/server-start.ts).
     */
    async stop() {
      stopped = true
      clearInterval(heartbeatTimer)
      clearTimeout(firstRun)
      for (const cron of crons) cron.stop()
      await closeAbandonedRuns(payload, holder).catch((error: unknown) => payload.logger.warn({ err: error, msg: 'embedded runner: could not close its runs' }))
      await releaseLeasesOf(payload, holder).catch((error: unknown) =>
        payload.logger.warn({ err: error, msg: 'embedded runner: could not release its leases' }),
      )
    },
  }
}

/** What runs a job: the activities, this process in the lease table, and the TTL of a run's renewed lease. */
export type JobRun = { payload: Payload; activities: Activities; holder: string; job: SyncJob; runner: RunnerKind; leaseMs: number }

/** Runs one job for one cluster under its lease (renewed while it runs); returns null when another run holds it. */
export async function runClusterJob(args: JobRun & { clusterId: number }): Promise<ClusterJobResult | null> {
  const lease = clusterLeaseName(args.job, args.clusterId)
  const run = await whileHoldingLease(args.payload, lease, args.holder, args.leaseMs, () =>
    JOB_WORKFLOWS[args.job](args.activities, { clusterId: args.clusterId, runner: args.runner }),
  )
  return run?.value ?? null
}

/** Every eligible cluster, one after another; one cluster's failure never stops the others. */
export async function runJobForAllClusters(args: JobRun): Promise<ClusterJobResult[]> {
  const clusterIds = await args.activities.listSyncableClusters({ job: args.job })
  const results: ClusterJobResult[] = []
  for (const clusterId of clusterIds) {
    try {
      const result = await runClusterJob({ ...args, clusterId })
      if (result) results.push(result)
    } catch (error) {
      results.push({ clusterId, outcome: 'failed', counts: {}, error: error instanceof Error ? error.message : String(error) })
    }
  }
  return results
}
