import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'

import type { User } from '@/payload-types'
import { getPayloadClient } from '@/lib/payload'
import { paths, RETURN_PATH_HEADER } from '@/lib/paths'

import { SSO_COOKIE } from '@/features/identity/sso-sign-in'

/** The signed-in user of this request, verified by Payload (token or session), or null. */
export async function currentUser(): Promise<User | null> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  // Only accounts of the users collection sign in to the product (the only auth collection today).
  if (!user || user.collection !== 'users') return null
  return user
}

/**
 * For product pages: anonymous requests go to sign-in and come back afterwards. A single-sign-on
 * session that has run out (ORBIT_OIDC_SESSION_SECONDS) is renewed first, which re-reads the groups.
 */
export async function requireUser(): Promise<User> {
  const user = await currentUser()
  if (user) return user
  const next = (await headers()).get(RETURN_PATH_HEADER) ?? undefined
  if ((await cookies()).has(SSO_COOKIE)) redirect(paths.ssoRenew(next))
  redirect(paths.signIn(next))
}
