import { type Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client'

import { fanOutWorkflowId, JOBS, jobIntervalSeconds, SCHEDULED_JOBS, scheduleId, SYNC_TASK_QUEUE } from '@/sync/shared/jobs'

/**
 * Creates or updates one Schedule per job, idempotently: overlap "skip" (a run still going means
 * the next tick is dropped), no catch-up storm after downtime.
 */
export async function ensureSchedules(client: Client): Promise<string[]> {
  const ids: string[] = []
  for (const job of SCHEDULED_JOBS) {
    const id = scheduleId(job)
    const spec = { intervals: [{ every: `${jobIntervalSeconds(job)}s` }] }
    const action = {
      type: 'startWorkflow' as const,
      workflowType: JOBS[job].fanOutWorkflow,
      workflowId: fanOutWorkflowId(job),
      taskQueue: SYNC_TASK_QUEUE,
      args: [{ runner: 'temporal' as const }],
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
