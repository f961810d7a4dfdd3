import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'

import { Cron } from 'croner'
import type { Payload } from 'payload'

import { type Activities, createActivities } from '@/sync/activities'
import { acquireLease, releaseLease, releaseLeasesOf } from '@/sync/db/leases'
import {
  clusterLeaseName,
  type ClusterJobResult,
  jobIntervalSeconds,
  type RunnerKind,
  RUNNER_LEASE,
  SCHEDULED_JOBS,
  type ScheduledJob,
} from '@/sync/shared/jobs'

import { CLUSTER_WORKFLOWS } from '@/sync/runners/run-cluster-job'

/** A run holds its cluster lease this long at most; a crashed run frees it when it expires. */
const RUN_LEASE_MS = Number(process.env.ORBIT_SYNC_RUN_LEASE_SECONDS ?? 900) * 1000
/** The active runner renews leadership this often; others take over after the TTL. */
const LEADER_HEARTBEAT_MS = 10_000
const LEADER_TTL_MS = 35_000

export type EmbeddedRunnerOptions = {
  payload: Payload
  activities?: Activities
  /** Identity of this process in the lease table. */
  holder?: string
  intervals?: Partial<Record<ScheduledJob, number>>
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
  const activities = options.activities ?? createActivities({ payload })
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

  const runAll = async (job: ScheduledJob) => {
    if (stopped || !leader) return
    const results = await runJobForAllClusters({ payload, activities, holder, job, runner: 'embedded' })
    for (const r of results.filter((r) => r.outcome !== 'succeeded')) {
      payload.logger.warn(`${job} cluster ${r.clusterId}: ${r.outcome}${r.error ? ` (${r.error.split('\n')[0]})` : ''}`)
    }
  }

  const crons = SCHEDULED_JOBS.map((job) => {
    const interval = options.intervals?.[job] ?? jobIntervalSeconds(job)
    // croner: fire every second-tick, at most once per `interval`, never overlapping itself.
    return new Cron('* * * * * *', { interval, protect: true, unref: true }, () => runAll(job))
  })
  const runFirst = async () => {
    await heartbeat()
    await Promise.all(SCHEDULED_JOBS.map(runAll))
  }
  const firstRun = setTimeout(() => void runFirst(), options.firstRunDelayMs ?? 5_000)
  firstRun.unref()

  return {
    holder,
    isLeader: () => leader,
    /**
     * Stops scheduling and frees leadership and the leases of this process's runs in progress, so
     * a restarted process (or another one) runs them at once instead of waiting for them to expire
     * (up to ORBIT_SYNC_RUN_LEASE_SECONDS). Called on SIGTERM/SIGINT (src/lib/server-start.ts).
     */
    async stop() {
      stopped = true
      clearInterval(heartbeatTimer)
      clearTimeout(firstRun)
      for (const cron of crons) cron.stop()
      await releaseLeasesOf(payload, holder).catch((error: unknown) =>
        payload.logger.warn({ err: error, msg: 'embedded runner: could not release its leases' }),
      )
    },
  }
}

/** Runs one job for one cluster under its lease; returns null when another run holds it. */
export async function runClusterJob(args: {
  payload: Payload
  activities: Activities
  holder: string
  job: ScheduledJob
  clusterId: number
  runner: RunnerKind
}): Promise<ClusterJobResult | null> {
  const lease = clusterLeaseName(args.job, args.clusterId)
  if (!(await acquireLease(args.payload, lease, args.holder, RUN_LEASE_MS))) return null
  try {
    return await CLUSTER_WORKFLOWS[args.job](args.activities, { clusterId: args.clusterId, runner: args.runner })
  } finally {
    await releaseLease(args.payload, lease, args.holder)
  }
}

/** Every eligible cluster, one after another; one cluster's failure never stops the others. */
export async function runJobForAllClusters(args: {
  payload: Payload
  activities: Activities
  holder: string
  job: ScheduledJob
  runner: RunnerKind
}): Promise<ClusterJobResult[]> {
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
