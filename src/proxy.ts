import { type NextRequest, NextResponse } from 'next/server'

import { isRejectedOrigin, originRejectionMessage } from '@/lib/allowed-origins'
import { configuredOrigins, envValues } from '@/lib/env'
import { RETURN_PATH_HEADER } from '@/lib/paths'
import { contentSecurityPolicy, createNonce } from '@/lib/security-headers'

/** Product pages remember the requested path for the sign-in round trip. */
const PRODUCT_PAGES = /^\/(kafka|workspaces|account)(\/|$)/
/** Pages that show a signed-in user's data: never kept by the browser (back after sign-out must not show them). */
const AUTHENTICATED_PAGES = /^\/(kafka|workspaces|account|admin)(\/|$)/

/**
 * Every request but static files: a change (POST, PATCH, PUT, DELETE) from a browser origin that
 * is not allowed is refused with a message naming the setting (Payload would silently ignore its
 * session cookie, and the user would read "not allowed"); every response gets the CSP with a fresh
 * nonce, which Next applies to its scripts. Whether the user is signed in is decided server-side
 * (requireUser), never here.
 */
export function proxy(request: NextRequest) {
  const origin = request.headers.get('origin')
  if (isRejectedOrigin(request.method, origin, configuredOrigins())) {
    const message = originRejectionMessage(origin!)
    return NextResponse.json({ errors: [{ message }] }, { status: 403 })
  }
  const nonce = createNonce()
  const csp = contentSecurityPolicy({ nonce, development: envValues().NODE_ENV === 'development' })
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', csp)
  if (PRODUCT_PAGES.test(request.nextUrl.pathname)) headers.set(RETURN_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search)
  else headers.delete(RETURN_PATH_HEADER)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', csp)
  if (AUTHENTICATED_PAGES.test(request.nextUrl.pathname)) response.headers.set('Cache-Control', 'no-store')
  return response
}

// Static files carry no scripts to trust and change nothing.
export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] }
