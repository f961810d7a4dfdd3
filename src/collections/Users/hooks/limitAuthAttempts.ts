import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { recordSignIn, takeAttempt, TooManyAttempts } from '@/lib/auth-attempts/limiter'
import { accountKey, type AuthAttempt, clientAddress, tooManyAttemptsMessage } from '@/lib/auth-attempts/limits'

/**
 * REST and GraphQL auth endpoints (the /sign-in action counts its own attempts; other Local API
 * calls are the app's own code): an attempt over its limits answers 429 with Retry-After and is
 * never evaluated.
 */
const LIMITED: ReadonlySet<string> = new Set(['login', 'forgotPassword', 'resetPassword'])

/** Payload's answer to an attempt over its limits (429); logged at info level like Payload's Forbidden. */
export class TooManyAuthAttempts extends APIError {
  static readonly NAME = 'TooManyAuthAttempts'

  constructor(retryAfterSeconds: number) {
    super(tooManyAttemptsMessage(retryAfterSeconds), 429, { retryAfterSeconds }, true)
    // Set by hand: a minified build renames classes, and loggingLevels is keyed by this name.
    this.name = TooManyAuthAttempts.NAME
  }
}

function attemptOf(req: PayloadRequest, account: unknown): AuthAttempt {
  return { address: clientAddress(req.headers), account: accountKey(account) }
}

export const limitAuthAttempts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (req.payloadAPI === 'local' || !LIMITED.has(operation)) return
  // A reset names no account (its token does): only the address is counted.
  const email = operation === 'resetPassword' ? null : (args as { data?: { email?: unknown } }).data?.email
  try {
    await takeAttempt(req.payload, attemptOf(req, email))
  } catch (error) {
    if (!(error instanceof TooManyAttempts)) throw error
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', String(error.retryAfterSeconds))
    throw new TooManyAuthAttempts(error.retryAfterSeconds)
  }
}

export const rememberSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  if (req.payloadAPI !== 'local') await recordSignIn(req.payload, attemptOf(req, (user as { email?: unknown }).email))
}
