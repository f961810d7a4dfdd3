import { type NextRequest, NextResponse } from 'next/server'

import { env } from '@/lib/env'
import { paths } from '@/lib/paths'

import { SignInError } from '@/features/identity/lib/sign-in-errors'
import { SSO_COOKIE, type EstablishedSignIn } from '@/features/identity/sso-sign-in'

/** The responses of the single-sign-on routes. */

/**
 * The origin the browser used, from its Host header: Next's nextUrl may name another loopback name
 * (localhost for 127.0.0.1), and the transaction cookie is only sent back to the name it was set on.
 */
export function requestOrigin(request: NextRequest): string {
  const host = request.headers.get('host')
  return host ? `${request.nextUrl.protocol}//${host}` : request.nextUrl.origin
}

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
  response.cookies.set(SSO_COOKIE, signIn.handle, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().secureCookies,
    path: '/',
    maxAge: signIn.handleMaxAgeSeconds,
  })
  // After cookies.set: it rewrites every Set-Cookie header from its own list, which would drop
  // a header appended before it (the session cookie was lost that way: an endless renewal loop).
  response.headers.append('Set-Cookie', signIn.session.cookie)
  return response
}

/** To /sign-in with the failure's code (the page explains it); the cause goes to the server log. */
export function failedSignInRedirect(origin: string, stage: string, error: unknown): NextResponse {
  const code = error instanceof SignInError ? error.code : 'failed'
  console.error(`[sso] ${stage} failed: ${code}`, error instanceof Error ? (error.cause ?? error) : error)
  return NextResponse.redirect(new URL(paths.ssoError(code), origin), 303)
}
