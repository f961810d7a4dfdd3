import { DEFAULT_CLEAR_TIME_SAMPLES, type LagSample, type VerdictSample } from '@/features/consumer-groups/lib'

import type { PreviousWindow } from '@/sync/activities/lag-check/evaluate'

/**
 * What the next poll of a group needs from the previous ones: Burrow windows, recent lag samples
 * (time to clear, falling behind) and the hour's trend points.
 */
export type GroupLagState = { windows: readonly PreviousWindow[]; samples: readonly VerdictSample[]; trendPoints: readonly LagSample[] }

type Remembered = GroupLagState & { checkedAt: number }

/**
 * The lag state a worker stored in its last cycle, per cluster and group row. A group's entry is
 * used only while the row's lagCheckedAt is the one this worker wrote (no other worker, restart or
 * manual run wrote since); otherwise the caller reads the group's state from the database. A
 * cycle's entries replace the previous cycle's only once the cycle is fully stored, so a failed
 * store never leaves the memory ahead of the database. Pure: no I/O.
 */
export class LagMemory {
  readonly #clusters = new Map<number, Map<number, Remembered>>()

  forCluster(clusterId: number) {
    const groups = this.#clusters.get(clusterId) ?? new Map<number, Remembered>()
    return {
      isCurrent: (groupRowId: number, storedCheckedAt: number) => groups.get(groupRowId)?.checkedAt === storedCheckedAt,
      /** The remembered state; only meaningful for a group `isCurrent` said yes to. */
      get: (groupRowId: number): GroupLagState | undefined => groups.get(groupRowId),
      /** A cycle's new entries (groups no longer checked drop out). */
      next: (checkedAt: number, lookbackMs: number, maxSamples: number = DEFAULT_CLEAR_TIME_SAMPLES) => {
        const entries = new Map<number, Remembered>()
        return {
          entries,
          set(
            groupRowId: number,
            windows: readonly PreviousWindow[],
            previousSamples: readonly VerdictSample[],
            sample: VerdictSample,
            trendPoints: readonly LagSample[],
          ) {
            const samples = keepRecent([...previousSamples, sample], checkedAt - lookbackMs, maxSamples)
            entries.set(groupRowId, { windows, samples, trendPoints, checkedAt })
          },
        }
      },
    }
  }

  commit(clusterId: number, next: { entries: Map<number, Remembered> }): void {
    this.#clusters.set(clusterId, next.entries)
  }
}

/** Samples at or after `since`, at most `max` (the newest; by default the number the clear-time estimate reads). */
export function keepRecent<S extends LagSample>(samples: readonly S[], since: number, max: number = DEFAULT_CLEAR_TIME_SAMPLES): S[] {
  const recent = samples.filter((s) => s.time >= since)
  return recent.slice(-max)
}
