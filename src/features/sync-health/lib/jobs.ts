/** The sync jobs whose health is kept on each cluster, and what a run of one can end with: named once here. */
export const SYNC_JOBS = ['schemaSync', 'consumerGroupSync', 'lagCheck', 'retention', 'topicSync'] as const
export type SyncJob = (typeof SYNC_JOBS)[number]

export const SYNC_JOB_LABELS: Record<SyncJob, string> = {
  schemaSync: 'Schema Registry sync',
  consumerGroupSync: 'Consumer group sync',
  lagCheck: 'Lag check',
  retention: 'Lag history retention',
  topicSync: 'Topic sync',
}

export const SYNC_OUTCOMES = ['succeeded', 'partial', 'failed'] as const
export type SyncOutcome = (typeof SYNC_OUTCOMES)[number]

/** A run record's state: running, one of the outcomes, or abandoned (its process died before it finished). */
export const SYNC_RUN_STATES = ['running', ...SYNC_OUTCOMES, 'abandoned'] as const
export type SyncRunState = (typeof SYNC_RUN_STATES)[number]
