import { type NextRequest, NextResponse } from 'next/server'

import { paths, safeReturnPath } from '@/lib/paths'

import { SignInError } from '@/features/identity/lib/sign-in-errors'
import { appOrigin, ssoContext } from '@/features/identity/sso-context'
import { renewSsoSession, SSO_COOKIE } from '@/features/identity/sso-sign-in'

import { failedSignInRedirect, signedInRedirect, requestOrigin } from '@/app/(frontend)/auth/sso/responses'

export const dynamic = 'force-dynamic'

/**
 * An expired single-sign-on session (requireUser sends the browser here): renewed with the
 * provider's refresh token, which re-reads the groups; when the provider refuses, back to /sign-in.
 */
export async function GET(request: NextRequest) {
  const origin = appOrigin(requestOrigin(request))
  const next = safeReturnPath(request.nextUrl.searchParams.get('next'))
  const handle = request.cookies.get(SSO_COOKIE)?.value
  if (!handle) return NextResponse.redirect(new URL(paths.signIn(next), origin), 303)
  try {
    const ctx = await ssoContext()
    if (!ctx) throw new SignInError('session-ended')
    return signedInRedirect(new URL(next, origin), await renewSsoSession(ctx, handle))
  } catch (error) {
    const response = failedSignInRedirect(origin, 'renewal', error)
    response.cookies.delete(SSO_COOKIE)
    return response
  }
}
