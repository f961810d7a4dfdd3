import { describe, expect, it } from 'vitest'

import { afterAttempt, retryDelayMs } from '@/features/alerting/channels/delivery-policy'

const policy = { maxAttempts: 4, firstRetryDelayMs: 30_000, maxRetryDelayMs: 100_000 }
const now = new Date('2026-12-03T12:00:00.000Z')

describe('delivery retries', () => {
  it('wait the first delay, then twice as long each time, capped', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, policy))).toEqual([30_000, 60_000, 100_000, 100_000, 100_000])
  })

  it('a sent delivery is done; a retryable failure waits; the last attempt or a permanent failure fails it', () => {
    expect(afterAttempt(1, { ok: true }, now, policy)).toEqual({ status: 'sent', nextAttemptAt: null })
    expect(afterAttempt(2, { ok: false, retryable: true }, now, policy)).toEqual({ status: 'retrying', nextAttemptAt: '2026-12-03T12:01:00.000Z' })
    expect(afterAttempt(4, { ok: false, retryable: true }, now, policy)).toEqual({ status: 'failed', nextAttemptAt: null })
    expect(afterAttempt(1, { ok: false, retryable: false }, now, policy)).toEqual({ status: 'failed', nextAttemptAt: null })
  })
})
