import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'

import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'
import { hashAsForAnAccount } from '@/lib/auth-attempts/password-hash'
import { accountKey } from '@/lib/auth-attempts/limits'
import { envValues } from '@/lib/env'

import { localPasswordAllowed } from '@/features/identity/lib/local-sign-in'
import { ssoSettingsFrom } from '@/features/identity/lib/sso-settings'

/**
 * Password sign-in (every API): an account linked to the identity provider never signs in with a
 * password, and with ORBIT_LOCAL_SIGN_IN=platform-admins (honoured while single sign-on is
 * configured) only local platform admins (the break-glass accounts) do. Refused like a wrong password, after the same hash work.
 */
export const restrictLocalSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return
  const { email, password } = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  const account = accountKey(email)
  if (account === null) return
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { email: { equals: account } },
    select: { role: true, identitySubject: true },
    limit: 1,
    overrideAccess: true,
    req,
  })
  const user = docs[0]
  if (!user) return
  const values = envValues()
  const setting = ssoSettingsFrom(values) ? values.ORBIT_LOCAL_SIGN_IN : 'everyone'
  if (localPasswordAllowed({ isPlatformAdmin: userIsPlatformAdmin(user), identitySubject: user.identitySubject }, setting)) return
  if (typeof password === 'string') await hashAsForAnAccount(password)
  throw new AuthenticationError(req.t)
}
