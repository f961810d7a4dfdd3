/**
 * How many sign-in, forgot-password and reset-password attempts are evaluated, per client address
 * and per account. Pure: the counters live in src/lib/auth-attempts/limiter.ts.
 *
 * - `address`: every auth attempt from one address, whatever the account (stops a spray from one host).
 * - `addressAccount`: attempts on one account from one address; a successful sign-in clears it.
 *   This is the limit an attacker hits first, and it blocks only the attacker's own address.
 * - `account`: attempts on one account from every address, in a fixed window that further attempts
 *   never extend (stops a guess spread over many addresses). An address the account signed in from
 *   recently (`knownAddress`) is exempt, so an attacker cannot keep its owner out.
 *
 * - `connectionTest`: "test connection" runs of one platform admin (each makes the server dial the
 *   hosts and try the credentials it is given, so it is limited like a sign-in).
 *
 * Each attempt takes its point before it is evaluated, so parallel attempts cannot all get through.
 */
export type AttemptLimit = { points: number; durationSeconds: number }

export const ATTEMPT_LIMITS = {
  address: { points: 30, durationSeconds: 10 * 60 },
  addressAccount: { points: 5, durationSeconds: 10 * 60 },
  account: { points: 20, durationSeconds: 10 * 60 },
  // At most 24 days: the memory store expires keys with a timer (2^31 ms at most).
  knownAddress: { points: 1, durationSeconds: 14 * 86_400 },
  connectionTest: { points: 20, durationSeconds: 10 * 60 },
} as const satisfies Record<string, AttemptLimit>

/** One auth attempt: where it comes from and, when it names one, the account it targets. */
export type AuthAttempt = { address: string; account: string | null }

/** The refusal shown on every auth endpoint, the same whether the account exists or not. */
export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60)
  return `Too many attempts. Try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`
}

/** Whole seconds a client must wait (Retry-After), at least 1. */
export function retryAfterSeconds(msBeforeNext: number): number {
  return Math.max(1, Math.ceil(msBeforeNext / 1000))
}

/** The account key of an email: the form Payload looks accounts up by (lower case, trimmed). */
export function accountKey(email: unknown): string | null {
  return typeof email === 'string' && email.trim() ? email.trim().toLowerCase() : null
}

/**
 * The client's address from the request headers. `next start` sets X-Forwarded-For to the socket's
 * address only when the request has none; a reverse proxy appends the address it saw. So the last
 * entry is the nearest hop's view. A client talking to `next start` directly can choose it: the
 * per-account limit holds regardless (see README, Security).
 */
export function clientAddress(headers: Pick<Headers, 'get'>): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').at(-1)?.trim()
  const address = forwarded || headers.get('x-real-ip')?.trim() || 'unknown'
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '').toLowerCase()
}

/** Keys of the counters an attempt touches (the limiters' prefixes keep the kinds apart). */
export function attemptKeys({ address, account }: AuthAttempt) {
  return { address, addressAccount: account === null ? null : `${address}|${account}`, account }
}
