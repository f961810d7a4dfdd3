import { type NextRequest, NextResponse } from 'next/server'

import { env } from '@/lib/env'
import { paths } from '@/lib/paths'

import { SignInError } from '@/features/identity/lib/sign-in-errors'
import { openTransaction, TRANSACTION_COOKIE } from '@/features/identity/sealed-transaction'
import { appOrigin, ssoContext } from '@/features/identity/sso-context'
import { finishSignIn } from '@/features/identity/sso-sign-in'

import { failedSignInRedirect, signedInRedirect, requestOrigin } from '@/app/(frontend)/auth/sso/responses'

export const dynamic = 'force-dynamic'

/** The provider's redirect back: code exchange, account, memberships, session; errors to /sign-in. */
export async function GET(request: NextRequest) {
  const origin = appOrigin(requestOrigin(request))
  const transaction = openTransaction(request.cookies.get(TRANSACTION_COOKIE)?.value, env().ORBIT_SECRET_KEY)
  let response: NextResponse
  try {
    if (!transaction) throw new SignInError('expired')
    const ctx = await ssoContext()
    if (!ctx) return NextResponse.redirect(new URL(paths.signIn(), origin), 303)
    const signIn = await finishSignIn(ctx, transaction, request.nextUrl.searchParams)
    response = signedInRedirect(new URL(transaction.next, origin), signIn)
  } catch (error) {
    response = failedSignInRedirect(origin, 'callback', error)
  }
  // One use only: a replayed callback finds no transaction.
  response.cookies.delete({ name: TRANSACTION_COOKIE, path: paths.ssoCallback() })
  return response
}
