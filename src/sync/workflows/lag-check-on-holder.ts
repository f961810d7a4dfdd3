import { ActivityFailure, type ActivityOptions, proxyActivities, TimeoutFailure } from '@temporalio/workflow'

import type { Activities } from '@/sync/activities'
import type { LagStateRouting } from '@/sync/runners/temporal/lag-state-routing'

/**
 * How long a lag check waits for the worker holding the cluster's state to pick it up. A holder
 * that is gone never does: the check then runs on any worker (which reloads the state).
 */
export const HOLDER_START_TIMEOUT = '10 seconds'

type Step = (input: { clusterId: number }) => Promise<Record<string, number>>

/**
 * The lag check's step under Temporal: on the worker that holds the cluster's lag state (its own
 * task queue, as lagStateHolder answers), else on the shared queue. Workflow code: deterministic.
 */
export function lagCheckOnHolder(shared: Pick<Activities, 'lagCheck'> & LagStateRouting, options: ActivityOptions): Step {
  return async (input) => {
    const { taskQueue } = await shared.lagStateHolder(input)
    if (taskQueue) {
      const pinned = proxyActivities<Pick<Activities, 'lagCheck'>>({ ...options, taskQueue, scheduleToStartTimeout: HOLDER_START_TIMEOUT })
      try {
        return await pinned.lagCheck(input)
      } catch (error) {
        if (!neverStarted(error)) throw error
      }
    }
    return shared.lagCheck(input)
  }
}

/** Temporal does not retry a schedule-to-start timeout: nobody polled the queue, so nothing ran. */
function neverStarted(error: unknown): boolean {
  return error instanceof ActivityFailure && error.cause instanceof TimeoutFailure && error.cause.timeoutType === 'SCHEDULE_TO_START'
}
