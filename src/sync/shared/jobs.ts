import type { SyncJob } from '@/collections/fields/syncHealth'

export type { SyncJob }

/** The Temporal task queue every sync workflow and activity runs on. Named once, here. */
export const SYNC_TASK_QUEUE = 'orbit-sync'

export type JobDefinition = {
  /** Temporal workflow type that syncs one cluster. */
  clusterWorkflow: string
  /** Temporal workflow type that fans out over every eligible cluster (what schedules start). */
  fanOutWorkflow: string
  /** Environment variable overriding the interval, and its default. */
  intervalEnv: string
  defaultIntervalSeconds: number
}

/** Jobs that have a workflow today; the others join as their issues land. */
export const JOBS = {
  schemaSync: {
    clusterWorkflow: 'schemaSyncWorkflow',
    fanOutWorkflow: 'schemaSyncAllClustersWorkflow',
    intervalEnv: 'ORBIT_SCHEMA_SYNC_INTERVAL_SECONDS',
    defaultIntervalSeconds: 300,
  },
} as const satisfies Partial<Record<SyncJob, JobDefinition>>

export type ScheduledJob = keyof typeof JOBS
export const SCHEDULED_JOBS = Object.keys(JOBS) as ScheduledJob[]

const kebab = (job: string) => job.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** Deterministic ids: one run per job and cluster at a time (Temporal rejects duplicates). */
export const clusterWorkflowId = (job: ScheduledJob, clusterId: number | string) => `orbit-${kebab(job)}-cluster-${clusterId}`
export const fanOutWorkflowId = (job: ScheduledJob) => `orbit-${kebab(job)}-all`
export const scheduleId = (job: ScheduledJob) => `orbit-${kebab(job)}`
/** Lease names for the embedded runner. */
export const clusterLeaseName = (job: ScheduledJob, clusterId: number | string) => `job:${job}:cluster:${clusterId}`
export const RUNNER_LEASE = 'runner:embedded'

export function jobIntervalSeconds(job: ScheduledJob, env: NodeJS.ProcessEnv = process.env): number {
  const { intervalEnv, defaultIntervalSeconds } = JOBS[job]
  const value = Number(env[intervalEnv])
  return Number.isFinite(value) && value > 0 ? value : defaultIntervalSeconds
}

export type RunnerKind = 'embedded' | 'temporal' | 'manual'

/** The one argument every cluster workflow takes. */
export type ClusterJobInput = { clusterId: number; runner: RunnerKind }
export type ClusterJobResult = {
  clusterId: number
  outcome: 'succeeded' | 'partial' | 'failed'
  counts: Record<string, number>
  error?: string
}
