import { afterEach, describe, expect, it, vi } from 'vitest'

import { TryAgain, withRetries } from '@/integrations/kafka/retry'

afterEach(() => {
  vi.useRealTimers()
})

describe('withRetries', () => {
  it('tries again only on TryAgain, waiting the first delay and then twice as long, and gives the last error', async () => {
    vi.useFakeTimers()
    const started: number[] = []
    const last = new Error('coordinator still loading')
    const result = withRetries(
      () => {
        started.push(Date.now())
        return Promise.reject(new TryAgain(last))
      },
      { attempts: 3, firstDelayMs: 300 },
    ).catch((error: unknown) => error)
    await vi.advanceTimersByTimeAsync(300 + 600)
    expect(await result).toBe(last)
    expect(started.map((t) => t - started[0]!)).toEqual([0, 300, 900])
  })

  it('returns the first success and ends at once on any other error', async () => {
    let calls = 0
    await expect(
      withRetries(
        () => {
          calls += 1
          return calls === 1 ? Promise.reject(new TryAgain(new Error('moved'))) : Promise.resolve('ok')
        },
        { attempts: 4, firstDelayMs: 1 },
      ),
    ).resolves.toBe('ok')
    expect(calls).toBe(2)

    const fatal = new Error('not authorized')
    calls = 0
    await expect(
      withRetries(
        () => {
          calls += 1
          return Promise.reject(fatal)
        },
        { attempts: 4, firstDelayMs: 1 },
      ),
    ).rejects.toBe(fatal)
    expect(calls).toBe(1)
  })
})
