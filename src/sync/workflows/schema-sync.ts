import type { Activities } from '@/sync/activities'
import { summarizeErrors } from '@/sync/shared/batch-errors'
import type { ClusterJobInput, ClusterJobResult } from '@/sync/shared/jobs'

/**
 * Batches running at once: while one evaluates and writes, the next one's requests keep the
 * registry busy (the client's own limit still bounds the requests in flight).
 */
export const BATCHES_IN_FLIGHT = 2

type SchemaSyncActivities = Pick<
  Activities,
  'startSyncRun' | 'finishSyncRun' | 'listRegistrySubjects' | 'planSchemaSync' | 'syncSchemaSubjects' | 'markStaleSchemas'
>

/**
 * SchemaSyncWorkflow for one cluster: list (complete or not at all) -> plan (skip unchanged
 * subjects) -> fetch and store in batches -> mark subjects missing from the listing stale.
 * The listing and the batches stay staged under the run in the database: only the run id, counts
 * and batch numbers pass through here (Temporal's history), whatever the registry's size.
 * Deterministic: no I/O, no clock; runs under Temporal (proxied activities) and in-process.
 * A failure anywhere records a failed run and marks nothing stale.
 */
export async function runSchemaSync(acts: SchemaSyncActivities, input: ClusterJobInput): Promise<ClusterJobResult> {
  const { runId, startedAt } = await acts.startSyncRun({ job: 'schemaSync', clusterId: input.clusterId, runner: input.runner })
  const counts: Record<string, number> = { subjects: 0, changed: 0, versionsWritten: 0, failedVersions: 0, failedSubjects: 0, stale: 0 }
  const run = { clusterId: input.clusterId, runId }
  let result: ClusterJobResult
  try {
    const { subjects, ...registry } = await acts.listRegistrySubjects(run)
    counts.subjects = subjects
    const plan = await acts.planSchemaSync(run)
    counts.changed = plan.changed
    const batches = Array.from({ length: plan.batches }, (_, batch) => batch)
    const results = await inFlight(BATCHES_IN_FLIGHT, batches, (batch) => acts.syncSchemaSubjects({ ...run, batch, ...registry }))
    // Summed in batch order, whatever order they finished in.
    const errors: string[] = []
    let errorCount = 0
    for (const batch of results) {
      counts.versionsWritten! += batch.versionsWritten
      counts.failedVersions! += batch.failedVersions
      counts.failedSubjects! += batch.failedSubjects
      errors.push(...batch.errors)
      errorCount += batch.errorCount
    }
    counts.stale = (await acts.markStaleSchemas(run)).stale
    result = {
      clusterId: input.clusterId,
      outcome: errorCount ? 'partial' : 'succeeded',
      counts,
      error: errorCount ? summarizeErrors(errors, errorCount) : undefined,
    }
  } catch (error) {
    result = { clusterId: input.clusterId, outcome: 'failed', counts, error: error instanceof Error ? error.message : String(error) }
  }
  await acts.finishSyncRun({ runId, job: 'schemaSync', startedAt, result })
  return result
}

/**
 * Runs `run` over `items` with at most `limit` at once; results in the order of `items`. After a
 * failure nothing new starts, and the ones running finish before the failure is thrown.
 */
async function inFlight<T, R>(limit: number, items: T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  let failed = false
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++
      try {
        results[index] = await run(items[index]!)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker))
  const rejected = settled.find((s) => s.status === 'rejected')
  if (rejected) throw rejected.reason
  return results
}
