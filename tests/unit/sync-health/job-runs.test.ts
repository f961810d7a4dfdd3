import { describe, expect, it } from 'vitest'

import { clusterJobRuns, formatNextRun, formatRunDuration, jobsOfCluster, worstJobState } from '@/features/sync-health/lib/job-runs'

const now = new Date('2026-01-08T12:00:00Z')
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString()

describe('clusterJobRuns', () => {
  it('gives each job its outcome, duration and the next run one interval after the last', () => {
    const runs = clusterJobRuns(
      {
        lagCheck: { lastRunAt: minutesAgo(1), lastSuccessAt: minutesAgo(1), lastOutcome: 'succeeded', lastDurationMs: 2500 },
        topicSync: { lastRunAt: minutesAgo(2), lastSuccessAt: minutesAgo(20), lastOutcome: 'failed', lastError: 'broker down', lastDurationMs: 40 },
      },
      ['lagCheck', 'topicSync', 'retention'],
      (job) => (job === 'lagCheck' ? 60 : 300),
      now,
    )
    expect(runs.map((r) => [r.job, r.state, r.outcome, r.durationMs, r.nextRunAt])).toEqual([
      ['lagCheck', 'ok', 'succeeded', 2500, '2026-01-08T12:00:00.000Z'],
      ['topicSync', 'failed', 'failed', 40, '2026-01-08T12:03:00.000Z'],
      ['retention', 'never', null, null, null],
    ])
    expect(runs[1]!.error).toBe('broker down')
    expect(runs[0]!.label).toBe('Lag check')
  })
})

describe('jobsOfCluster', () => {
  it('leaves out the schema sync of a cluster without a registry', () => {
    expect(jobsOfCluster(false, ['schemaSync', 'lagCheck'])).toEqual(['lagCheck'])
    expect(jobsOfCluster(true, ['schemaSync', 'lagCheck'])).toEqual(['schemaSync', 'lagCheck'])
  })
})

describe('worstJobState', () => {
  it('picks failed over partial over stale over never over ok', () => {
    expect(worstJobState([{ state: 'ok' }, { state: 'never' }])).toBe('never')
    expect(worstJobState([{ state: 'stale' }, { state: 'failed' }, { state: 'partial' }])).toBe('failed')
    expect(worstJobState([])).toBe('ok')
  })
})

describe('formatRunDuration and formatNextRun', () => {
  it('formats durations for people, never as raw milliseconds', () => {
    expect(formatRunDuration(850)).toBe('850 ms')
    expect(formatRunDuration(12_400)).toBe('12s')
    expect(formatRunDuration(200_000)).toBe('3m 20s')
    expect(formatRunDuration(null)).toBe('—')
  })

  it('says when the next run is due', () => {
    expect(formatNextRun('2026-01-08T12:04:00.000Z', now.getTime())).toBe('in 4m')
    expect(formatNextRun('2026-01-08T11:59:00.000Z', now.getTime())).toBe('due now')
    expect(formatNextRun(null, now.getTime())).toBe('—')
  })
})
