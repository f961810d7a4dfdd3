import { SYNC_JOBS, type SyncJob, type SyncOutcome } from '@/features/sync-health/lib/jobs'
import type { EnvName } from '@/lib/env-schema'
import type { Activities } from '@/sync/activities'

export { SYNC_JOBS, type SyncJob }

/**
 * The Temporal task queue every sync workflow and activity runs on, and the prefix of every
 * workflow and schedule id (ORBIT_TEMPORAL_TASK_QUEUE, ORBIT_TEMPORAL_ID_PREFIX).
 */
export type TemporalNames = { taskQueue: string; idPrefix: string }

/** Names of the activities each job's workflow calls (besides recording its run). */
type ActivityName = keyof Activities
type IntervalSetting = Extract<EnvName, `ORBIT_${string}_INTERVAL_SECONDS`>

export type JobDefinition<Job extends string> = {
  /** Temporal workflow type (an export of src/sync/workflows/index.ts) that runs the job on one cluster. */
  workflow: `${Job}Workflow`
  /** Temporal workflow type that fans out over every eligible cluster (what schedules start). */
  fanOutWorkflow: `${Job}AllClustersWorkflow`
  /** The activities doing the job's work: one named after the job, or the steps of schema sync. */
  activities: readonly ActivityName[]
  /** The setting (src/lib/env-schema.ts: default and range) of the interval between runs, in seconds. */
  intervalSetting: IntervalSetting
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
    intervalSetting: 'ORBIT_SCHEMA_SYNC_INTERVAL_SECONDS',
  },
  consumerGroupSync: {
    workflow: 'consumerGroupSyncWorkflow',
    fanOutWorkflow: 'consumerGroupSyncAllClustersWorkflow',
    activities: ['consumerGroupSync'],
    intervalSetting: 'ORBIT_CONSUMER_GROUP_SYNC_INTERVAL_SECONDS',
  },
  lagCheck: {
    workflow: 'lagCheckWorkflow',
    fanOutWorkflow: 'lagCheckAllClustersWorkflow',
    activities: ['lagCheck'],
    intervalSetting: 'ORBIT_LAG_CHECK_INTERVAL_SECONDS',
  },
  retention: {
    workflow: 'retentionWorkflow',
    fanOutWorkflow: 'retentionAllClustersWorkflow',
    activities: ['retention'],
    intervalSetting: 'ORBIT_RETENTION_INTERVAL_SECONDS',
  },
  topicSync: {
    workflow: 'topicSyncWorkflow',
    fanOutWorkflow: 'topicSyncAllClustersWorkflow',
    activities: ['topicSync'],
    intervalSetting: 'ORBIT_TOPIC_SYNC_INTERVAL_SECONDS',
  },
} as const satisfies { [Job in SyncJob]: JobDefinition<Job> }

/** The key in kebab case: the name of its activities folder and workflow file, and part of its ids. */
export const jobSlug = (job: SyncJob) => job.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** Deterministic ids: one run per job and cluster at a time (Temporal rejects duplicates). */
export const clusterWorkflowId = (prefix: string, job: SyncJob, clusterId: number | string) => `${prefix}-${jobSlug(job)}-cluster-${clusterId}`
export const fanOutWorkflowId = (prefix: string, job: SyncJob) => `${prefix}-${jobSlug(job)}-all`
export const scheduleId = (prefix: string, job: SyncJob) => `${prefix}-${jobSlug(job)}`
/** Lease names for the embedded runner. */
export const clusterLeaseName = (job: SyncJob, clusterId: number | string) => `job:${job}:cluster:${clusterId}`
export const RUNNER_LEASE = 'runner:embedded'
/** Under Temporal: which worker (its own task queue) holds a cluster's lag state in memory. */
export const lagStateLeaseName = (clusterId: number | string) => `lagState:cluster:${clusterId}`

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
