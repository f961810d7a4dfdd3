import { clusterJobRuns, jobsOfCluster, type JobRun, type StoredSyncHealth } from '@/features/sync-health/lib/job-runs'
import { envValues } from '@/lib/env'
import { JOBS } from '@/sync/shared/jobs'

/** A cluster document's sync jobs as the admin shows them, with the configured intervals (server only). */
export function jobRunsOfClusterDoc(
  doc: { syncHealth?: unknown; schemaRegistryUrl?: string | null; hasSchemaRegistry?: boolean | null },
  now = new Date(),
): JobRun[] {
  const settings = envValues()
  const hasRegistry = Boolean(doc.hasSchemaRegistry ?? doc.schemaRegistryUrl)
  return clusterJobRuns(doc.syncHealth as StoredSyncHealth, jobsOfCluster(hasRegistry), (job) => settings[JOBS[job].intervalSetting], now)
}
