import { AuthorizationResponseError, ClientError } from 'openid-client'
import { describe, expect, it } from 'vitest'

import { classifySignInError, signInErrorCode, signInErrorMessage, SIGN_IN_ERRORS } from '@/features/identity/lib/sign-in-errors'

/** openid-client's errors as it throws them: a ClientError with oauth4webapi's code, or its own response error. */
function clientError(code: string) {
  return Object.assign(new ClientError('x', { cause: new Error('inner') }), { code })
}

describe('classifySignInError', () => {
  it('reads a denial at the provider as "denied", another authorization error as "provider-refused"', () => {
    const denied = new AuthorizationResponseError('denied', { cause: new URLSearchParams({ error: 'access_denied' }) })
    const refused = new AuthorizationResponseError('refused', { cause: new URLSearchParams({ error: 'unauthorized_client' }) })
    expect(classifySignInError(denied)).toBe('denied')
    expect(classifySignInError(refused)).toBe('provider-refused')
  })

  it('reads a failed timestamp check as clock skew', () => {
    expect(classifySignInError(clientError('OAUTH_JWT_TIMESTAMP_CHECK_FAILED'))).toBe('clock-skew')
  })

  it('reads claim, key and parse failures as an invalid token', () => {
    for (const code of ['OAUTH_JWT_CLAIM_COMPARISON_FAILED', 'OAUTH_KEY_SELECTION_FAILED', 'OAUTH_PARSE_ERROR', 'OAUTH_UNSUPPORTED_OPERATION']) {
      expect(classifySignInError(clientError(code))).toBe('invalid-token')
    }
  })

  it('reads anything else as "failed"', () => {
    expect(classifySignInError(new TypeError('fetch failed'))).toBe('failed')
  })
})

describe('sign-in error codes on /sign-in', () => {
  it('accepts only known codes from the URL', () => {
    expect(signInErrorCode.parse('clock-skew')).toBe('clock-skew')
    expect(signInErrorCode.parse('<script>')).toBeUndefined()
    expect(signInErrorCode.parse(undefined)).toBeUndefined()
  })

  it('names the provider in every message', () => {
    for (const code of SIGN_IN_ERRORS.filter((c) => c !== 'expired')) expect(signInErrorMessage(code, 'Keycloak')).toContain('Keycloak')
  })
})
