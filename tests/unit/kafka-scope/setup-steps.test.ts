import { describe, expect, it } from 'vitest'

import { setupProgress } from '@/features/kafka-scope/lib/setup-steps'

const counts = { clusters: 0, syncedClusters: 0, workspaces: 0, virtualClusters: 0 }

describe('setupProgress', () => {
  it('starts with adding a cluster on an empty install', () => {
    expect(setupProgress(counts)).toEqual({ done: { addCluster: false, firstSync: false, mapTeams: false }, next: 'addCluster' })
  })

  it('waits for the first sync once a cluster exists, then asks to map teams', () => {
    expect(setupProgress({ ...counts, clusters: 1 }).next).toBe('firstSync')
    expect(setupProgress({ ...counts, clusters: 1, syncedClusters: 1, workspaces: 1 }).next).toBe('mapTeams')
  })

  it('is finished with a synced cluster, a workspace and a virtual cluster', () => {
    expect(setupProgress({ clusters: 2, syncedClusters: 1, workspaces: 1, virtualClusters: 3 }).next).toBeNull()
  })
})
