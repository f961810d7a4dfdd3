import { SYNC_JOBS, type SyncJob } from '@/collections/fields/syncHealth'
import type { Activities } from '@/sync/activities'

export { SYNC_JOBS, type SyncJob }

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

/** Names of the activities each job's workflow calls (besides recording its run). */
type ActivityName = keyof Activities

export type JobDefinition<Job extends string> = {
  /** Temporal workflow type (an export of src/sync/workflows/index.ts) that runs the job on one cluster. */
  workflow: `${Job}Workflow`
  /** Temporal workflow type that fans out over every eligible cluster (what schedules start). */
  fanOutWorkflow: `${Job}AllClustersWorkflow`
  /** The activities doing the job's work: one named after the job, or the steps of schema sync. */
  activities: readonly ActivityName[]
  /** Environment variable overriding the interval, and its default. */
  intervalEnv: string
  defaultIntervalSeconds: number
}

/**
 * The job registry: every scheduled job under its one key (the `job` stored on sync runs and sync
 * health, and the `?job=` of "sync now"), with its workflows, activities and interval. Folders and
 * files are named after the key too: activities/<key>/, workflows/<key>.ts.
 */
export const JOBS = {
  schemaSync: {
    workflow: 'schemaSyncWorkflow',
    fanOutWorkflow: 'schemaSyncAllClustersWorkflow',
    activities: ['listRegistrySubjects', 'planSchemaSync', 'syncSchemaSubjects', 'markStaleSchemas'],
    intervalEnv: 'ORBIT_SCHEMA_SYNC_INTERVAL_SECONDS',
    defaultIntervalSeconds: 300,
  },
  consumerGroupSync: {
    workflow: 'consumerGroupSyncWorkflow',
    fanOutWorkflow: 'consumerGroupSyncAllClustersWorkflow',
    activities: ['consumerGroupSync'],
    intervalEnv: 'ORBIT_CONSUMER_GROUP_SYNC_INTERVAL_SECONDS',
    defaultIntervalSeconds: 60,
  },
  lagCheck: {
    workflow: 'lagCheckWorkflow',
    fanOutWorkflow: 'lagCheckAllClustersWorkflow',
    activities: ['lagCheck'],
    intervalEnv: 'ORBIT_LAG_CHECK_INTERVAL_SECONDS',
    defaultIntervalSeconds: 60,
  },
  retention: {
    workflow: 'retentionWorkflow',
    fanOutWorkflow: 'retentionAllClustersWorkflow',
    activities: ['retention'],
    intervalEnv: 'ORBIT_RETENTION_INTERVAL_SECONDS',
    defaultIntervalSeconds: 3600,
  },
} as const satisfies { [Job in SyncJob]: JobDefinition<Job> }


const kebab = (job: string) => job.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** Deterministic ids: one run per job and cluster at a time (Temporal rejects duplicates). */
export const clusterWorkflowId = (prefix: string, job: SyncJob, clusterId: number | string) => `${prefix}-${kebab(job)}-cluster-${clusterId}`
export const fanOutWorkflowId = (prefix: string, job: SyncJob) => `${prefix}-${kebab(job)}-all`
export const scheduleId = (prefix: string, job: SyncJob) => `${prefix}-${kebab(job)}`
/** Lease names for the embedded runner. */
export const clusterLeaseName = (job: SyncJob, clusterId: number | string) => `job:${job}:cluster:${clusterId}`
export const RUNNER_LEASE = 'runner:embedded'

export function jobIntervalSeconds(job: SyncJob, env: NodeJS.ProcessEnv = process.env): number {
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
  outcome: 'succeeded' | 'partial' | 'failed'
  counts: Record<string, number>
  error?: string
}
