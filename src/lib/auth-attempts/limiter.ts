import pg from 'pg'
import type { Payload } from 'payload'
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

import { env } from '@/lib/env'
import { ATTEMPT_LIMITS, type AttemptLimit, attemptKeys, type AuthAttempt, retryAfterSeconds } from '@/lib/auth-attempts/limits'

/**
 * The counters of ATTEMPT_LIMITS (rate-limiter-flexible). SQLite means one process: they live in
 * memory. PostgreSQL may serve several processes: they live in one table of the app's database
 * (created by the library on first use), so every process counts the same attempts. They use a
 * small pool of their own: Payload's forgot- and reset-password hold a transaction's connection
 * while the hooks run, so counting through Payload's pool deadlocks once those fill it.
 */
type LimitName = keyof typeof ATTEMPT_LIMITS
type Limiters = Record<LimitName, RateLimiterAbstract>

export const ATTEMPTS_TABLE = 'orbit_auth_attempts'

/** Thrown when an attempt is over one of its limits; nothing was evaluated. */
export class TooManyAttempts extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many auth attempts: retry after ${retryAfterSeconds} s`)
    this.name = 'TooManyAttempts'
  }
}

const byPayload = new WeakMap<Payload, Promise<Limiters>>()

function limitersOf(payload: Payload): Promise<Limiters> {
  let limiters = byPayload.get(payload)
  if (!limiters) {
    limiters = createLimiters(payload)
    byPayload.set(payload, limiters)
    limiters.catch(() => byPayload.delete(payload))
  }
  return limiters
}

const options = (name: LimitName, { points, durationSeconds }: AttemptLimit) => ({ keyPrefix: `auth-${name}`, points, duration: durationSeconds })

async function createLimiters(payload: Payload): Promise<Limiters> {
  const names = Object.keys(ATTEMPT_LIMITS) as LimitName[]
  const limiters = {} as Limiters
  if (payload.db.name !== 'postgres') {
    for (const name of names) limiters[name] = new RateLimiterMemory(options(name, ATTEMPT_LIMITS[name]))
    return limiters
  }
  const store = { storeClient: attemptsPool(), storeType: 'pool', tableName: ATTEMPTS_TABLE }
  // The first creates the table (and sweeps expired rows); the others only once it exists, as
  // concurrent CREATE TABLE IF NOT EXISTS can collide.
  const [first, ...others] = names
  limiters[first!] = await new Promise<RateLimiterAbstract>((resolve, reject) => {
    const limiter = new RateLimiterPostgres({ ...options(first!, ATTEMPT_LIMITS[first!]), ...store, clearExpiredByTimeout: true }, (error?: Error) =>
      setImmediate(() => (error ? reject(error) : resolve(limiter))),
    )
  })
  for (const name of others) limiters[name] = new RateLimiterPostgres({ ...options(name, ATTEMPT_LIMITS[name]), ...store, tableCreated: true })
  return limiters
}

function attemptsPool(): pg.Pool {
  const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 3, idleTimeoutMillis: 10_000, allowExitOnIdle: true })
  // An idle connection the server closed (restart, dropped database) is replaced on next use.
  pool.on('error', () => undefined)
  return pool
}

async function take(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key)
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw new TooManyAttempts(retryAfterSeconds(rejection.msBeforeNext))
    throw rejection
  }
}

/**
 * Counts one attempt before it is evaluated: the address, then the address and account, then the
 * account (unless the account signed in from this address recently). Throws TooManyAttempts.
 */
export async function takeAttempt(payload: Payload, attempt: AuthAttempt): Promise<void> {
  const limiters = await limitersOf(payload)
  const keys = attemptKeys(attempt)
  await take(limiters.address, keys.address)
  if (keys.addressAccount === null || keys.account === null) return
  await take(limiters.addressAccount, keys.addressAccount)
  if (!(await limiters.knownAddress.get(keys.addressAccount))) await take(limiters.account, keys.account)
}

/** Counts one "test connection" run of a user before it runs. Throws TooManyAttempts. */
export async function takeConnectionTest(payload: Payload, userId: number | string): Promise<void> {
  await take((await limitersOf(payload)).connectionTest, `user:${userId}`)
}

/** A successful sign-in: gives its points back, clears the address's count on the account and remembers the address. */
export async function recordSignIn(payload: Payload, attempt: AuthAttempt): Promise<void> {
  const limiters = await limitersOf(payload)
  const keys = attemptKeys(attempt)
  await limiters.address.reward(keys.address)
  if (keys.addressAccount === null || keys.account === null) return
  const known = await limiters.knownAddress.get(keys.addressAccount)
  if (!known) await limiters.account.reward(keys.account)
  await limiters.addressAccount.delete(keys.addressAccount)
  await limiters.knownAddress.set(keys.addressAccount, 1, ATTEMPT_LIMITS.knownAddress.durationSeconds)
}
