import { z } from 'zod'

/**
 * Why a single sign-on failed, as a code carried to /sign-in (`?sso-error=`) and the sentence shown
 * there. Pure: the I/O modules classify what openid-client throws with classifySignInError.
 */
export const SIGN_IN_ERRORS = [
  'misconfigured',
  'denied',
  'provider-refused',
  'clock-skew',
  'invalid-token',
  'expired',
  'email-taken',
  'session-ended',
  'failed',
] as const
export type SignInErrorCode = (typeof SIGN_IN_ERRORS)[number]

export const signInErrorCode = z.enum(SIGN_IN_ERRORS).optional().catch(undefined)

/** A failure of the sign-in with its code; the cause stays for the server log. */
export class SignInError extends Error {
  constructor(
    readonly code: SignInErrorCode,
    options?: { cause?: unknown },
  ) {
    super(`single sign-on failed: ${code}`, options)
    this.name = 'SignInError'
  }
}

export function signInErrorMessage(code: SignInErrorCode, provider: string): string {
  switch (code) {
    case 'misconfigured':
      return `Sign-in with ${provider} is not available: the identity provider could not be reached or its configuration is wrong (ORBIT_OIDC_ISSUER, ORBIT_OIDC_CLIENT_ID, ORBIT_OIDC_CLIENT_SECRET). Tell your platform team.`
    case 'denied':
      return `Sign-in with ${provider} was cancelled, or access was denied there.`
    case 'provider-refused':
      return `${provider} refused the sign-in of this application. Tell your platform team.`
    case 'clock-skew':
      return `The token from ${provider} is not valid at this server's time: the clocks of this server and the identity provider differ. Tell your platform team.`
    case 'invalid-token':
      return `${provider} answered with a token that could not be verified, so the sign-in was refused.`
    case 'expired':
      return 'The sign-in took too long or was started in another window. Try again.'
    case 'email-taken':
      return `An account with your email address already signs in with a password here; it is not linked to ${provider} automatically. Ask a platform admin.`
    case 'session-ended':
      return `Your session with ${provider} has ended. Sign in again.`
    case 'failed':
      return `Sign-in with ${provider} failed. Try again, or tell your platform team if it keeps failing.`
  }
}

const TOKEN_CODES: ReadonlySet<string> = new Set([
  'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
  'OAUTH_KEY_SELECTION_FAILED',
  'OAUTH_PARSE_ERROR',
  'OAUTH_INVALID_RESPONSE',
  'OAUTH_UNSUPPORTED_OPERATION',
  'OAUTH_JWS_SIGNATURE_VERIFICATION_FAILED',
  'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED',
])

type Coded = { code?: unknown; error?: unknown; name?: unknown; cause?: unknown }

/** The `code` of an error or of one of its causes (openid-client wraps oauth4webapi's errors). */
function codesOf(error: unknown): string[] {
  const codes: string[] = []
  for (let e = error as Coded | undefined, depth = 0; e && typeof e === 'object' && depth < 5; e = e.cause as Coded, depth++) {
    if (typeof e.code === 'string') codes.push(e.code)
  }
  return codes
}

/**
 * What went wrong in the callback (the authorization response and the token exchange): a denial at
 * the provider, a refused client, a token outside its validity (clock skew), or one that fails
 * verification (signature, issuer, audience, nonce).
 */
export function classifySignInError(error: unknown): SignInErrorCode {
  if (error instanceof SignInError) return error.code
  const codes = codesOf(error)
  if (codes.includes('OAUTH_AUTHORIZATION_RESPONSE_ERROR')) {
    const reason = (error as Coded).error
    return reason === 'access_denied' || reason === 'consent_required' || reason === 'login_required' ? 'denied' : 'provider-refused'
  }
  if (codes.includes('OAUTH_JWT_TIMESTAMP_CHECK_FAILED')) return 'clock-skew'
  if (codes.includes('OAUTH_RESPONSE_BODY_ERROR')) return 'provider-refused'
  if (codes.some((code) => TOKEN_CODES.has(code))) return 'invalid-token'
  return 'failed'
}
