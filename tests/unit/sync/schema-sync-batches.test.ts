import { describe, expect, it } from 'vitest'

import type { SubjectBatchResult } from '@/sync/activities/schema-sync/types'
import type { ClusterJobResult } from '@/sync/shared/jobs'
import { runSchemaSync } from '@/sync/workflows/schema-sync'

const errors = (batch: number, n: number) => Array.from({ length: n }, (_, i) => `b${batch}-s${i}: unreadable`)

/** The orchestrator over fake activities: each batch answers at most 20 errors and the count of all. */
function activities(batchErrors: number[]) {
  const calls: unknown[] = []
  let finished: ClusterJobResult | undefined
  const acts = {
    startSyncRun: () => Promise.resolve({ runId: 7, startedAt: '2026-12-03T00:00:00.000Z' }),
    finishSyncRun: ({ result }: { result: ClusterJobResult }) => Promise.resolve(void (finished = result)),
    listRegistrySubjects: (input: unknown) => {
      calls.push(['list', input])
      return Promise.resolve({ subjects: 600, globalCompatibility: 'BACKWARD' as const, globalMode: null })
    },
    planSchemaSync: (input: unknown) => {
      calls.push(['plan', input])
      return Promise.resolve({ changed: 500, batches: batchErrors.length })
    },
    syncSchemaSubjects: (input: { batch: number }): Promise<SubjectBatchResult> => {
      calls.push(['sync', input])
      const count = batchErrors[input.batch]!
      const shown = errors(input.batch, Math.min(count, 20))
      return Promise.resolve({ subjectsWritten: 250, versionsWritten: 250, failedVersions: 0, failedSubjects: count, errors: shown, errorCount: count })
    },
    markStaleSchemas: (input: unknown) => {
      calls.push(['stale', input])
      return Promise.resolve({ stale: 1 })
    },
  }
  return { acts, calls, finished: () => finished }
}

describe('runSchemaSync over staged batches', () => {
  it('hands the activities the run id and batch numbers only', async () => {
    const { acts, calls } = activities([0, 0])
    await runSchemaSync(acts, { clusterId: 3, runner: 'temporal' })
    expect(calls).toEqual([
      ['list', { clusterId: 3, runId: 7 }],
      ['plan', { clusterId: 3, runId: 7 }],
      ['sync', { clusterId: 3, runId: 7, batch: 0, globalCompatibility: 'BACKWARD', globalMode: null }],
      ['sync', { clusterId: 3, runId: 7, batch: 1, globalCompatibility: 'BACKWARD', globalMode: null }],
      ['stale', { clusterId: 3, runId: 7 }],
    ])
  })

  it('summarizes the first 20 errors in batch order and counts every one', async () => {
    const { acts, finished } = activities([5, 30, 0])
    const result = await runSchemaSync(acts, { clusterId: 3, runner: 'temporal' })
    const expected = [...errors(0, 5), ...errors(1, 15)].join('\n') + '\n… and 15 more'
    expect(result).toMatchObject({ outcome: 'partial', error: expected, counts: { subjects: 600, changed: 500, failedSubjects: 35, stale: 1 } })
    expect(finished()).toEqual(result)
  })
})
