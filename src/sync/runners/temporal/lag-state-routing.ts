import type { Payload } from 'payload'

import type { Activities } from '@/sync/activities'
import { leaseHolder, takeLease } from '@/sync/db/leases'
import { lagStateLeaseName } from '@/sync/shared/jobs'

/**
 * How long a worker's claim on a cluster's lag state stands without a lag check renewing it. A
 * dead holder is noticed sooner, by the lag check it never starts (lagCheckWorkflow); this only
 * lets the record of a long-gone worker lapse.
 */
export const LAG_STATE_HOLDER_TTL_MS = 24 * 3_600_000

/** What the lag check's workflow asks before it runs: the task queue of the worker holding the cluster's state. */
export type LagStateRouting = {
  lagStateHolder(input: { clusterId: number }): Promise<{ taskQueue: string | null }>
}

/**
 * The activities of one Temporal worker whose own task queue is `ownQueue`: its lag checks record
 * that this worker now holds the cluster's lag state (LagMemory), and lagStateHolder tells the
 * workflow which worker that is, so the next cycle runs where the state is instead of reloading an
 * hour of samples per group from the database (Temporal's worker-specific task queues).
 */
export function withLagStateRouting(payload: Payload, activities: Activities, ownQueue: string): Activities & LagStateRouting {
  return {
    ...activities,
    async lagCheck(input) {
      const counts = await activities.lagCheck(input)
      await takeLease(payload, lagStateLeaseName(input.clusterId), ownQueue, LAG_STATE_HOLDER_TTL_MS)
      return counts
    },
    async lagStateHolder({ clusterId }) {
      return { taskQueue: await leaseHolder(payload, lagStateLeaseName(clusterId)) }
    },
  }
}
