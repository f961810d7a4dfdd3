import { NextResponse } from 'next/server'

import { env } from '@/lib/env'
import { paths } from '@/lib/paths'

import { SignInError } from '@/features/identity/lib/sign-in-errors'
import { SSO_COOKIE, type EstablishedSignIn } from '@/features/identity/sso-sign-in'

/** The responses of the single-sign-on routes. */

/** To `to` with Payload's session cookie and the renewal handle. */
export function signedInRedirect(to: URL, signIn: EstablishedSignIn): NextResponse {
  const response = NextResponse.redirect(to, 303)
  response.headers.append('Set-Cookie', signIn.session.cookie)
  response.cookies.set(SSO_COOKIE, signIn.handle, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().secureCookies,
    path: '/',
    maxAge: signIn.handleMaxAgeSeconds,
  })
  return response
}

/** To /sign-in with the failure's code (the page explains it); the cause goes to the server log. */
export function failedSignInRedirect(origin: string, stage: string, error: unknown): NextResponse {
  const code = error instanceof SignInError ? error.code : 'failed'
  console.error(`[sso] ${stage} failed: ${code}`, error instanceof Error ? (error.cause ?? error) : error)
  return NextResponse.redirect(new URL(paths.ssoError(code), origin), 303)
}
