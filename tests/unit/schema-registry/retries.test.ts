import { afterEach, describe, expect, it, vi } from 'vitest'

import {
  SchemaRegistryNotFoundError,
  SchemaRegistryRequestError,
  SchemaRegistryUnauthorizedError,
  SchemaRegistryUnreachableError,
} from '@/integrations/schema-registry'
import { parseRetryAfter } from '@/integrations/schema-registry/http'
import { Semaphore } from '@/integrations/schema-registry/semaphore'
import { clientWith, confluentError, connectionRefused, fakeFetch, json } from '@tests/unit/schema-registry/fake-fetch'

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('retries', () => {
  it('retries a 5xx and returns the later success', async () => {
    const fake = fakeFetch(confluentError(500, 50001, 'Error in the backend datastore'), confluentError(503, 50003, 'forwarding failed'), json(['a']))
    const client = clientWith(fake.fetch)
    await expect(client.listSubjects()).resolves.toEqual(['a'])
    expect(client.requestCount).toBe(3)
  })

  it('gives up after `retries` retries with Unreachable carrying the last status', async () => {
    const fake = fakeFetch(confluentError(503, 50003, 'leader unknown'))
    const client = clientWith(fake.fetch, { retries: 2 })
    const error = await client.listSubjects().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SchemaRegistryUnreachableError)
    const unreachable = error as SchemaRegistryUnreachableError
    expect(unreachable.attempts).toBe(3)
    expect(unreachable.status).toBe(503)
    expect(unreachable.url).toBe('http://registry.test:8081/subjects?offset=0&limit=5000')
    expect(unreachable.message).toContain('GET http://registry.test:8081/subjects')
    expect(unreachable.message).toContain('503')
    expect(unreachable.message).toContain('leader unknown')
    expect(unreachable.message).toContain('3 attempts')
    expect(fake.calls).toHaveLength(3)
  })

  it('retries network errors and reports the cause', async () => {
    const fake = fakeFetch(connectionRefused(), connectionRefused(), json([1, 2]))
    const client = clientWith(fake.fetch)
    await expect(client.listVersions('s')).resolves.toEqual([1, 2])
    expect(fake.calls).toHaveLength(3)

    const down = fakeFetch(connectionRefused())
    const error = (await clientWith(down.fetch, { retries: 1 })
      .listSubjects()
      .catch((e: unknown) => e)) as SchemaRegistryUnreachableError
    expect(error).toBeInstanceOf(SchemaRegistryUnreachableError)
    expect(error.status).toBeUndefined()
    expect(error.message).toContain('ECONNREFUSED')
    expect(error.cause).toBeInstanceOf(TypeError)
    expect(down.calls).toHaveLength(2)
  })

  it('times out each attempt with AbortSignal.timeout and retries', async () => {
    // A registry that never answers: the fetch only settles when its signal aborts.
    const hang = (call: { signal?: AbortSignal }) =>
      new Promise<Response>((_, reject) => call.signal?.addEventListener('abort', () => reject(call.signal?.reason as Error)))
    const fake = fakeFetch(hang)
    const client = clientWith(fake.fetch, { timeoutMs: 20, retries: 1 })
    const error = (await client.getGlobalCompatibility().catch((e: unknown) => e)) as SchemaRegistryUnreachableError
    expect(error).toBeInstanceOf(SchemaRegistryUnreachableError)
    expect(error.message).toContain('timed out after 20 ms')
    expect(error.attempts).toBe(2)
    expect(fake.calls).toHaveLength(2)
  })

  it.each([
    [400, 40002, SchemaRegistryRequestError],
    [401, 40101, SchemaRegistryUnauthorizedError],
    [403, 40301, SchemaRegistryUnauthorizedError],
    [404, 40401, SchemaRegistryNotFoundError],
    [409, 409, SchemaRegistryRequestError],
    [422, 42201, SchemaRegistryRequestError],
    [501, 50101, SchemaRegistryRequestError],
  ])('never retries %i', async (status, code, type) => {
    const fake = fakeFetch(confluentError(status, code, 'no'))
    const client = clientWith(fake.fetch)
    await expect(client.listSubjects()).rejects.toBeInstanceOf(type)
    expect(fake.calls).toHaveLength(1)
    expect(client.requestCount).toBe(1)
  })

  it('honours Retry-After (seconds) on 429', async () => {
    vi.useFakeTimers()
    const fake = fakeFetch(json({ message: 'slow down' }, 429, { 'Retry-After': '2' }), json(['a']))
    const client = clientWith(fake.fetch)
    const result = client.listSubjects()
    await vi.advanceTimersByTimeAsync(0)
    expect(fake.calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1_999)
    expect(fake.calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    await expect(result).resolves.toEqual(['a'])
    expect(fake.calls).toHaveLength(2)
  })

  it.each([
    [0, [50, 100]],
    [1, [100, 200]],
  ])('backs off exponentially with jitter (random = %d waits %j ms) without Retry-After', async (random, waits) => {
    vi.useFakeTimers()
    vi.spyOn(Math, 'random').mockReturnValue(random)
    const fake = fakeFetch(json({}, 502), json({}, 502), json(['a']))
    // base 100 ms, "equal jitter": the n-th wait is within [base * 2^(n-1) / 2, base * 2^(n-1)].
    const client = clientWith(fake.fetch, { retryBaseDelayMs: 100, retryMaxDelayMs: 10_000 })
    const result = client.listSubjects()
    const [first, second] = waits as [number, number]
    await vi.advanceTimersByTimeAsync(first - 1)
    expect(fake.calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(fake.calls).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(second - 1)
    expect(fake.calls).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(1)
    await expect(result).resolves.toEqual(['a'])
    expect(fake.calls).toHaveLength(3)
  })

  it('stops at once when Retry-After exceeds what we are willing to wait', async () => {
    const fake = fakeFetch(json({ message: 'maintenance' }, 503, { 'Retry-After': '3600' }))
    const client = clientWith(fake.fetch, { retryAfterMaxMs: 1_000 })
    const error = (await client.listSubjects().catch((e: unknown) => e)) as SchemaRegistryUnreachableError
    expect(error).toBeInstanceOf(SchemaRegistryUnreachableError)
    expect(error.message).toContain('retry after 3600 s')
    expect(fake.calls).toHaveLength(1)
  })

  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(parseRetryAfter('3', now)).toBe(3_000)
    expect(parseRetryAfter('0.5', now)).toBe(500)
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000)
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })
})

describe('concurrency', () => {
  it('never has more than `concurrency` requests in flight across calls', async () => {
    let inFlight = 0
    let peak = 0
    const fake = fakeFetch()
    fake.route(async (call) => {
      inFlight += 1
      peak = Math.max(peak, inFlight)
      await new Promise((resolve) => setTimeout(resolve, 5))
      inFlight -= 1
      return json(call.url.endsWith('/versions') ? [1] : ['s'])
    })
    const client = clientWith(fake.fetch, { concurrency: 3 })
    const results = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => client.listVersions(`s${i}`)),
      ...Array.from({ length: 5 }, () => client.listSubjects()),
    ])
    expect(results).toHaveLength(15)
    expect(peak).toBe(3)
    expect(client.requestCount).toBe(15)
  })

  it('semaphore hands slots over in order and frees them on failure', async () => {
    const semaphore = new Semaphore(1)
    const order: number[] = []
    const failing = semaphore.run(() => {
      order.push(1)
      return Promise.reject(new Error('boom'))
    })
    const second = semaphore.run(() => Promise.resolve(order.push(2)))
    const third = semaphore.run(() => Promise.resolve(order.push(3)))
    await expect(failing).rejects.toThrow('boom')
    await Promise.all([second, third])
    expect(order).toEqual([1, 2, 3])
    expect(() => new Semaphore(0)).toThrow(RangeError)
  })
})
