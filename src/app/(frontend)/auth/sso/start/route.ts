import { type NextRequest, NextResponse } from 'next/server'

import { env } from '@/lib/env'
import { paths, safeReturnPath } from '@/lib/paths'

import { beginSignIn, discoverProvider } from '@/features/identity/oidc-provider'
import { sealTransaction, TRANSACTION_COOKIE, TRANSACTION_MAX_AGE_SECONDS } from '@/features/identity/sealed-transaction'
import { ssoSettings } from '@/features/identity/settings'
import { appOrigin } from '@/features/identity/sso-context'

import { failedSignInRedirect, requestOrigin } from '@/app/(frontend)/auth/sso/responses'

export const dynamic = 'force-dynamic'

/** "Sign in with …": to the provider's authorization endpoint, the transaction sealed in a cookie. */
export async function GET(request: NextRequest) {
  const origin = appOrigin(requestOrigin(request))
  const settings = ssoSettings()
  if (!settings) return NextResponse.redirect(new URL(paths.signIn(), origin), 303)
  try {
    const provider = await discoverProvider(settings)
    const next = safeReturnPath(request.nextUrl.searchParams.get('next'))
    const { url, transaction } = await beginSignIn(provider, settings, { redirectUri: new URL(paths.ssoCallback(), origin).href, next })
    const response = NextResponse.redirect(url, 303)
    // Lax: the provider's redirect back is a top-level GET from its site, which Lax cookies survive.
    response.cookies.set(TRANSACTION_COOKIE, sealTransaction(transaction, env().ORBIT_SECRET_KEY), {
      httpOnly: true,
      sameSite: 'lax',
      secure: env().secureCookies,
      path: paths.ssoCallback(),
      maxAge: TRANSACTION_MAX_AGE_SECONDS,
    })
    return response
  } catch (error) {
    return failedSignInRedirect(origin, 'start', error)
  }
}
