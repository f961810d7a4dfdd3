import { NextResponse } from 'next/server'

import { env } from '@/lib/env'
import { paths } from '@/lib/paths'

import { SignInError } from '@/features/identity/lib/sign-in-errors'
import { SSO_COOKIE, type EstablishedSignIn } from '@/features/identity/sso-sign-in'

/** The responses of the single-sign-on routes. */

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * On to `to` with Payload's session cookie and the renewal handle, through a page of ours rather
 * than a redirect: a redirect would continue the navigation that came from the provider, which the
 * browser marks cross-site (Sec-Fetch-Site) all along its chain, and Payload ignores the session
 * cookie of a cross-site request without an Origin. The page starts a new, same-origin navigation.
 */
export function signedInRedirect(to: URL, signIn: EstablishedSignIn): NextResponse {
  const href = escapeAttribute(to.pathname + to.search)
  const html = `<!doctype html><html><head><meta http-equiv="refresh" content="0;url=${href}"><title>Signed in</title></head><body><p><a href="${href}">Continue</a></p></body></html>`
  const response = new NextResponse(html, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } })
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
