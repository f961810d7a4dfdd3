import pRetry from 'p-retry'

/** Thrown by an attempt that asks for another try; `last` is what the caller gets when none is left. */
export class TryAgain extends Error {
  constructor(readonly last: Error) {
    super(last.message)
  }
}

/**
 * Runs `attempt` up to `attempts` times (p-retry), waiting `firstDelayMs` after the first and twice
 * as long after each next one. Only an attempt that throws TryAgain is tried again: any other
 * error ends it at once.
 */
export async function withRetries<T>(attempt: () => Promise<T>, { attempts, firstDelayMs }: { attempts: number; firstDelayMs: number }): Promise<T> {
  try {
    return await pRetry(attempt, { retries: attempts - 1, minTimeout: firstDelayMs, factor: 2, shouldRetry: ({ error }) => error instanceof TryAgain })
  } catch (error) {
    throw error instanceof TryAgain ? error.last : error
  }
}
