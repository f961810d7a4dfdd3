import type { CollectionBeforeOperationHook } from 'payload'

import { hashAsForAnAccount } from '@/lib/auth-attempts/password-hash'
import { accountKey } from '@/lib/auth-attempts/limits'

/** Every API: a sign-in with an unknown email costs the same hash work as one with a wrong password. */
export const hashForUnknownAccounts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return
  const { email, password } = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  const account = accountKey(email)
  if (account === null || typeof password !== 'string' || !password.trim()) return
  const { totalDocs } = await req.payload.count({ collection: 'users', where: { email: { equals: account } }, overrideAccess: true, req })
  if (totalDocs === 0) await hashAsForAnAccount(password)
}
