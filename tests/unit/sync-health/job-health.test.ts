import { describe, expect, it } from 'vitest'

import { evaluateJobHealth, needsAttention } from '@/features/sync-health/lib/job-health'

const now = new Date('2026-01-08T12:00:00Z')
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString()
const evaluate = (input: Parameters<typeof evaluateJobHealth>[2]) => evaluateJobHealth('schemaSync', 'Schema Registry sync', input, 300, now)

describe('evaluateJobHealth', () => {
  it('is ok after a recent success', () => {
    const health = evaluate({ lastRunAt: minutesAgo(2), lastSuccessAt: minutesAgo(2), lastOutcome: 'succeeded' })
    expect(health.state).toBe('ok')
    expect(needsAttention(health)).toBe(false)
  })

  it('reports a failed or partial last run with its error', () => {
    const failed = evaluate({ lastRunAt: minutesAgo(1), lastSuccessAt: minutesAgo(30), lastOutcome: 'failed', lastError: 'registry unreachable' })
    expect(failed).toMatchObject({ state: 'failed', error: 'registry unreachable', lastSuccessAt: minutesAgo(30) })
    expect(evaluate({ lastRunAt: minutesAgo(1), lastSuccessAt: minutesAgo(1), lastOutcome: 'partial' }).state).toBe('partial')
  })

  it('is stale when the last success is older than three intervals', () => {
    expect(evaluate({ lastRunAt: minutesAgo(14), lastSuccessAt: minutesAgo(14), lastOutcome: 'succeeded' }).state).toBe('ok')
    expect(evaluate({ lastRunAt: minutesAgo(16), lastSuccessAt: minutesAgo(16), lastOutcome: 'succeeded' }).state).toBe('stale')
  })

  it('is pending when the job never ran', () => {
    expect(evaluate(null).state).toBe('never')
    expect(evaluate({ lastRunAt: null }).state).toBe('never')
    expect(needsAttention(evaluate(undefined))).toBe(true)
  })
})
