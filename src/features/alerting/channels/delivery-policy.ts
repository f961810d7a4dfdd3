/**
 * How a failed delivery is retried: attempts spaced exponentially (first delay, doubling, capped),
 * kept in the database so a restart resumes them; after `maxAttempts` the delivery is failed and
 * stays visible with its last error. Pure.
 */
export type DeliveryPolicy = {
  maxAttempts: number
  firstRetryDelayMs: number
  maxRetryDelayMs: number
  /** A claimed delivery whose sender stopped mid-attempt is due again after this long. */
  claimTimeoutMs: number
  /** One attempt's network timeout. */
  timeoutMs: number
}

export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = {
  maxAttempts: 6,
  firstRetryDelayMs: 30_000,
  maxRetryDelayMs: 30 * 60_000,
  claimTimeoutMs: 2 * 60_000,
  timeoutMs: 10_000,
}

/** The wait after the `attempt`-th failed attempt (1-based): first, 2×first, 4×first … capped. */
export function retryDelayMs(attempt: number, policy: Pick<DeliveryPolicy, 'firstRetryDelayMs' | 'maxRetryDelayMs'>): number {
  return Math.min(policy.maxRetryDelayMs, policy.firstRetryDelayMs * 2 ** Math.max(0, attempt - 1))
}

export type AttemptResult = { ok: true } | { ok: false; retryable: boolean }

/** What follows an attempt: sent, another attempt at a time, or failed for good. */
export function afterAttempt(
  attempts: number,
  result: AttemptResult,
  now: Date,
  policy: Pick<DeliveryPolicy, 'maxAttempts' | 'firstRetryDelayMs' | 'maxRetryDelayMs'>,
): { status: 'sent' | 'retrying' | 'failed'; nextAttemptAt: string | null } {
  if (result.ok) return { status: 'sent', nextAttemptAt: null }
  if (!result.retryable || attempts >= policy.maxAttempts) return { status: 'failed', nextAttemptAt: null }
  return { status: 'retrying', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, policy)).toISOString() }
}
