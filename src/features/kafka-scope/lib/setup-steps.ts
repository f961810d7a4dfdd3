/**
 * The first hour of an install, for the platform admin: which setup step comes next. Pure; the
 * overview (kafka-overview guide) reads the counts and shows the steps with links.
 */
export type SetupCounts = {
  clusters: number
  /** Clusters whose topic or consumer-group sync has succeeded at least once. */
  syncedClusters: number
  workspaces: number
  virtualClusters: number
}

export const SETUP_STEPS = ['addCluster', 'firstSync', 'mapTeams'] as const
export type SetupStep = (typeof SETUP_STEPS)[number]
export type SetupProgress = { done: Record<SetupStep, boolean>; next: SetupStep | null }

export function setupProgress(counts: SetupCounts): SetupProgress {
  const done: Record<SetupStep, boolean> = {
    addCluster: counts.clusters > 0,
    firstSync: counts.syncedClusters > 0,
    mapTeams: counts.workspaces > 0 && counts.virtualClusters > 0,
  }
  return { done, next: SETUP_STEPS.find((step) => !done[step]) ?? null }
}
