import { type NextRequest, NextResponse } from 'next/server'

import { RETURN_PATH_HEADER } from '@/lib/paths'

/**
 * Product pages: remember the requested path for the sign-in round trip. Whether the user is
 * really signed in is decided server-side (requireUser), never here.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers)
  headers.set(RETURN_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search)
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ['/kafka/:path*', '/workspaces/:path*'] }
