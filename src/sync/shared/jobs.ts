import type { SyncJob, SyncOutcome } from '@/features/sync-health/lib/jobs'

export type { SyncJob }

/**
 * The Temporal task queue every sync workflow and activity runs on, and the prefix of every
 * workflow and schedule id. Named once, here; overridable so several installations (or test
 * runs) can share one Temporal namespace without touching each other's workflows.
 */
export const DEFAULT_TASK_QUEUE = 'orbit-sync'
export const DEFAULT_ID_PREFIX = 'orbit'
export type TemporalNames = { taskQueue: string; idPrefix: string }
export function temporalNames(env: Record<string, string | undefined> = process.env): TemporalNames {
  return { taskQueue: env.ORBIT_TEMPORAL_TASK_QUEUE || DEFAULT_TASK_QUEUE, idPrefix: env.ORBIT_TEMPORAL_ID_PREFIX || DEFAULT_ID_PREFIX }
}

export type JobDefinition = {
  /** Temporal workflow type that syncs one cluster. */
  clusterWorkflow: string
  /** Temporal workflow type that fans out over every eligible cluster (what schedules start). */
  fanOutWorkflow: string
  /** Environment variable overriding the interval, and its default. */
  intervalEnv: string
  defaultIntervalSeconds: number
}

/** Every scheduled job: its workflows and its interval. */
export const JOBS = {
  schemaSync: {
    clusterWorkflow: 'schemaSyncWorkflow',
    fanOutWorkflow: 'schemaSyncAllClustersWorkflow',
    intervalEnv: 'ORBIT_SCHEMA_SYNC_INTERVAL_SECONDS',
    defaultIntervalSeconds: 300,
  },
  consumerGroupSync: {
    clusterWorkflow: 'consumerGroupSyncWorkflow',
    fanOutWorkflow: 'consumerGroupSyncAllClustersWorkflow',
    intervalEnv: 'ORBIT_CONSUMER_GROUP_SYNC_INTERVAL_SECONDS',
    defaultIntervalSeconds: 60,
  },
  lagCheck: {
    clusterWorkflow: 'consumerLagCheckWorkflow',
    fanOutWorkflow: 'consumerLagCheckAllClustersWorkflow',
    intervalEnv: 'ORBIT_LAG_CHECK_INTERVAL_SECONDS',
    defaultIntervalSeconds: 60,
  },
  retention: {
    clusterWorkflow: 'lagHistoryRetentionWorkflow',
    fanOutWorkflow: 'lagHistoryRetentionAllClustersWorkflow',
    intervalEnv: 'ORBIT_RETENTION_INTERVAL_SECONDS',
    defaultIntervalSeconds: 3600,
  },
} as const satisfies Record<SyncJob, JobDefinition>

export type ScheduledJob = keyof typeof JOBS
export const SCHEDULED_JOBS = Object.keys(JOBS) as ScheduledJob[]

const kebab = (job: string) => job.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** Deterministic ids: one run per job and cluster at a time (Temporal rejects duplicates). */
export const clusterWorkflowId = (prefix: string, job: ScheduledJob, clusterId: number | string) => `${prefix}-${kebab(job)}-cluster-${clusterId}`
export const fanOutWorkflowId = (prefix: string, job: ScheduledJob) => `${prefix}-${kebab(job)}-all`
export const scheduleId = (prefix: string, job: ScheduledJob) => `${prefix}-${kebab(job)}`
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
/** The one argument of a fan-out workflow (workflows cannot read the environment themselves). */
export type FanOutInput = { runner: RunnerKind; idPrefix: string }
export type ClusterJobResult = {
  clusterId: number
  outcome: SyncOutcome
  counts: Record<string, number>
  error?: string
}
