import type { Payload, Where } from 'payload'

import type { SyncJob } from '@/features/sync-health/lib/jobs'
import { scrubCredentials } from '@/lib/scrub-credentials'
import { evaluateAlerts, targetKindsAfterRun } from '@/sync/activities/alert-evaluation/evaluate'
import { resumeDeliveries } from '@/features/alerting/channels/enqueue'
import { closeRunsAsAbandoned } from '@/sync/db/abandoned-runs'
import { dropStagingOfFinishedRuns } from '@/sync/db/staging'
import type { ClusterJobResult, RunnerKind } from '@/sync/shared/jobs'

export type StartRunInput = { job: SyncJob; clusterId: number; runner: RunnerKind }
export type FinishRunInput = { runId: number; job: SyncJob; startedAt: string; result: ClusterJobResult }

/**
 * `runRetentionDays`: run records kept this long; older ones are pruned when a run finishes.
 * `clock`: the alert evaluation's time (tests simulate it).
 */
export function createRunActivities(payload: Payload, runRetentionDays: number, clock: () => number = Date.now) {
  return {
    /**
     * Records a run in progress. Its caller runs alone for this job and cluster (the embedded
     * runner's lease, Temporal's workflow id), so a run of theirs still `running` was left by a
     * process that died: it is closed as abandoned first.
     */
    async startSyncRun({ job, clusterId, runner }: StartRunInput): Promise<{ runId: number; startedAt: string }> {
      await closeRunsAsAbandoned(payload, { job: { equals: job }, cluster: { equals: clusterId } })
      const startedAt = new Date().toISOString()
      const run = await payload.create({
        collection: 'sync-runs',
        data: { job, cluster: clusterId, runner, outcome: 'running', startedAt },
        overrideAccess: true,
        depth: 0,
      })
      return { runId: run.id, startedAt }
    },

    /**
     * Records the outcome on the run and on the cluster's per-job sync health, drops what finished
     * runs staged, then evaluates the
     * alerts the run lets see afresh (alert-evaluation/evaluate.ts): here, so Temporal and the
     * embedded runner share it. A failing evaluation is logged and never changes the run's outcome.
     */
    async finishSyncRun({ runId, job, startedAt, result }: FinishRunInput): Promise<void> {
      const finishedAt = new Date()
      const durationMs = finishedAt.getTime() - new Date(startedAt).getTime()
      // Errors are shown to admins and kept for weeks: never with a credential an answer echoed.
      const error = result.error === undefined ? null : scrubCredentials(result.error)
      await payload.update({
        collection: 'sync-runs',
        id: runId,
        data: { outcome: result.outcome, finishedAt: finishedAt.toISOString(), durationMs, counts: result.counts, error },
        overrideAccess: true,
        depth: 0,
      })
      const health = {
        lastRunAt: startedAt,
        lastOutcome: result.outcome,
        lastError: error,
        lastDurationMs: durationMs,
        ...(result.outcome === 'failed' ? {} : { lastSuccessAt: finishedAt.toISOString() }),
      }
      await payload.update({
        collection: 'kafka-clusters',
        id: result.clusterId,
        data: { syncHealth: { [job]: health } },
        overrideAccess: true,
        depth: 0,
      })
      await payload.delete({
        collection: 'sync-runs',
        where: { startedAt: { less_than: new Date(Date.now() - runRetentionDays * 86_400_000).toISOString() } },
        overrideAccess: true,
      })
      await dropStagingOfFinishedRuns(payload)
      await evaluateAlerts(payload, { clusterId: result.clusterId, kinds: targetKindsAfterRun(job, result.outcome), now: clock() }).catch((error: unknown) =>
        payload.logger.error({ err: error, clusterId: result.clusterId, job, msg: 'alert evaluation failed' }),
      )
      // Retries and what a stopped process left pending; safe in parallel (each delivery is claimed atomically).
      await resumeDeliveries(payload).catch((error: unknown) => payload.logger.error({ err: error, msg: 'alert deliveries: resuming failed' }))
    },

    async listSyncableClusters({ job }: { job: SyncJob }): Promise<number[]> {
      // History ages on disabled clusters too, so retention covers every cluster.
      const where: Where =
        job === 'schemaSync'
          ? { and: [{ enabled: { equals: true } }, { schemaRegistryUrl: { exists: true } }, { schemaRegistryUrl: { not_equals: '' } }] }
          : job === 'retention'
            ? {}
            : { enabled: { equals: true } }
      const clusters = await payload.find({
        collection: 'kafka-clusters',
        where,
        select: {},
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
      return clusters.docs.map((c) => c.id)
    },
  }
}
