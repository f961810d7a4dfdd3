import type { Activities } from '@/sync/activities'
import type { SubjectListing } from '@/sync/activities/schema-sync/types'
import type { ClusterJobInput, ClusterJobResult } from '@/sync/shared/jobs'

/** Subjects fetched and written per activity call: bounds payload size and transaction length. */
export const SUBJECT_BATCH_SIZE = 250
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
 * Deterministic: no I/O, no clock; runs under Temporal (proxied activities) and in-process.
 * A failure anywhere records a failed run and marks nothing stale.
 */
export async function runSchemaSync(acts: SchemaSyncActivities, input: ClusterJobInput): Promise<ClusterJobResult> {
  const { runId, startedAt } = await acts.startSyncRun({ job: 'schemaSync', clusterId: input.clusterId, runner: input.runner })
  const counts: Record<string, number> = { subjects: 0, changed: 0, versionsWritten: 0, failedVersions: 0, failedSubjects: 0, stale: 0 }
  let result: ClusterJobResult
  try {
    const listing = await acts.listRegistrySubjects({ clusterId: input.clusterId })
    counts.subjects = listing.subjects.length
    const { changed } = await acts.planSchemaSync({ clusterId: input.clusterId, subjects: listing.subjects })
    counts.changed = changed.length
    const changedSet = new Set(changed)
    const toSync = listing.subjects.filter((s) => changedSet.has(s.subject))
    const batches: SubjectListing[][] = []
    for (let i = 0; i < toSync.length; i += SUBJECT_BATCH_SIZE) batches.push(toSync.slice(i, i + SUBJECT_BATCH_SIZE))
    const results = await inFlight(BATCHES_IN_FLIGHT, batches, (subjects) =>
      acts.syncSchemaSubjects({ clusterId: input.clusterId, subjects, globalCompatibility: listing.globalCompatibility, globalMode: listing.globalMode }),
    )
    // Summed in batch order, whatever order they finished in.
    const errors: string[] = []
    for (const batch of results) {
      counts.versionsWritten! += batch.versionsWritten
      counts.failedVersions! += batch.failedVersions
      counts.failedSubjects! += batch.failedSubjects
      errors.push(...batch.errors)
    }
    counts.stale = (await acts.markStaleSchemas({ clusterId: input.clusterId, presentSubjects: listing.subjects.map((s) => s.subject) })).stale
    result = {
      clusterId: input.clusterId,
      outcome: errors.length ? 'partial' : 'succeeded',
      counts,
      error: errors.length ? summarize(errors) : undefined,
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

function summarize(errors: string[]): string {
  const shown = errors.slice(0, 20).join('\n')
  return errors.length > 20 ? `${shown}\n… and ${errors.length - 20} more` : shown
}
