import { describe, expect, it } from 'vitest'

import { describeSyncResponse } from '@/features/sync-health/lib/describe-sync'

describe('describeSyncResponse', () => {
  it('names each cluster with its outcome, counts and first error line', () => {
    const text = describeSyncResponse('consumerGroupSync', {
      runner: 'embedded',
      results: [
        { clusterId: 3, clusterName: 'payments-prod', outcome: 'succeeded', counts: { groups: 12, requests: 4 } },
        { clusterId: 4, clusterName: 'logistics', outcome: 'failed', counts: {}, error: 'connect ECONNREFUSED\nat …' },
      ],
      skipped: [5],
      skippedNames: ['billing'],
    })
    expect(text).toBe(
      [
        'Consumer group sync',
        'Cluster payments-prod: succeeded (groups 12, requests 4)',
        'Cluster logistics: failed — connect ECONNREFUSED',
        'Cluster billing: a consumer group sync is already running.',
      ].join('\n'),
    )
  })

  it('reports a Temporal start, an error and an empty run', () => {
    expect(describeSyncResponse('lagCheck', { runner: 'temporal', workflowId: 'orbit-lag-check-all' })).toBe(
      'Lag check: started on Temporal as orbit-lag-check-all.',
    )
    expect(describeSyncResponse('lagCheck', { error: 'Only platform admins can start a sync' })).toBe('Only platform admins can start a sync')
    expect(describeSyncResponse('topicSync', { runner: 'embedded', results: [], skipped: [] })).toBe('Topic sync: no enabled cluster to sync.')
  })
})
