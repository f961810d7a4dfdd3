import { type GroupForMetrics, type LagMetrics, lagMetrics } from '@/features/metrics/lag-families'

/**
 * The metrics snapshot (collection kafka-metrics-snapshots): what /api/metrics serves, rendered by
 * the lag check with each cycle instead of by every scrape. Pure: rendering only; the lag check
 * stores the chunks (sync/activities/lag-check/metrics-snapshot.ts), the endpoint reads them.
 */

/** The family of a row that marks a cycle's rows as all written (no metric name can start with '#'). */
export const SNAPSHOT_COMPLETE = '#complete'

/** A group as the snapshot renders it: its metrics and the workspace whose members may read them (null: unowned). */
export type SnapshotGroup = GroupForMetrics & { workspace: number | null }

/** The rendered series lines of one family for one workspace's groups of one slice, newline-separated. */
export type SnapshotChunk = { workspace: number | null; family: string; lines: string }

/**
 * Renders a cycle's groups slice by slice into chunks per workspace and family, with the same
 * series the live rendering gives (lagMetrics). Each workspace reports a partition's offsets once
 * per cycle: a scrape of one workspace sees every partition its groups read, a scrape of several
 * skips the repeats (PARTITION_FAMILY_NAMES).
 */
export function snapshotRenderer() {
  const byWorkspace = new Map<number | null, LagMetrics>()
  return {
    render(groups: readonly SnapshotGroup[]): SnapshotChunk[] {
      const touched = new Set<number | null>()
      for (const { workspace, ...group } of groups) {
        let metrics = byWorkspace.get(workspace)
        if (!metrics) byWorkspace.set(workspace, (metrics = lagMetrics()))
        metrics.add([group])
        touched.add(workspace)
      }
      return [...touched].flatMap((workspace) =>
        byWorkspace
          .get(workspace)!
          .take()
          .filter((f) => f.lines.length > 0)
          .map((f) => ({ workspace, family: f.name, lines: f.lines.join('\n') })),
      )
    },
  }
}
