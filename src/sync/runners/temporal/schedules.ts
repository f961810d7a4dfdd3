import { type Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client'

import { syncSettings, temporalNames } from '@/sync/settings'
import { fanOutWorkflowId, JOBS, SYNC_JOBS, scheduleId, type SyncJob, type TemporalNames } from '@/sync/shared/jobs'

/**
 * Creates or updates one Schedule per job, idempotently: overlap "skip" (a run still going means
 * the next tick is dropped), no catch-up storm after downtime. An existing Schedule gets the
 * current spec and action, so a renamed workflow type or a new interval takes effect on start.
 */
export async function ensureSchedules(
  client: Client,
  names: TemporalNames = temporalNames(),
  intervalSeconds: Record<SyncJob, number> = syncSettings().intervalSeconds,
): Promise<string[]> {
  const ids: string[] = []
  for (const job of SYNC_JOBS) {
    const id = scheduleId(names.idPrefix, job)
    const spec = { intervals: [{ every: `${intervalSeconds[job]}s` }] }
    const action = {
      type: 'startWorkflow' as const,
      workflowType: JOBS[job].fanOutWorkflow,
      workflowId: fanOutWorkflowId(names.idPrefix, job),
      taskQueue: names.taskQueue,
      args: [{ runner: 'temporal' as const, idPrefix: names.idPrefix }],
    }
    const policies = { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 minute' }
    try {
      await client.schedule.create({ scheduleId: id, spec, action, policies })
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error
      await client.schedule.getHandle(id).update((previous) => ({ ...previous, spec, action, policies }))
    }
    ids.push(id)
  }
  return ids
}
