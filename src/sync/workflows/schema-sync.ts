import type { Activities } from '@/sync/activities'
import type { ClusterJobInput, ClusterJobResult } from '@/sync/shared/jobs'

/** Subjects fetched and written per activity call: bounds payload size and transaction length. */
export const SUBJECT_BATCH_SIZE = 250

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
    const errors: string[] = []
    for (let i = 0; i < toSync.length; i += SUBJECT_BATCH_SIZE) {
      const batch = await acts.syncSchemaSubjects({
        clusterId: input.clusterId,
        subjects: toSync.slice(i, i + SUBJECT_BATCH_SIZE),
        globalCompatibility: listing.globalCompatibility,
      })
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

function summarize(errors: string[]): string {
  const shown = errors.slice(0, 20).join('\n')
  return errors.length > 20 ? `${shown}\n… and ${errors.length - 20} more` : shown
}
