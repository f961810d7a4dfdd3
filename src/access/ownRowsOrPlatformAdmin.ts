import type { Access, Where } from 'payload'

import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'

/**
 * Payload's per-user rows (document locks, preferences), whose `user` may name an account of any
 * auth collection: platform admins see all; everyone else only the rows that name them.
 */
export const ownRowsOrPlatformAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (userIsPlatformAdmin(user)) return true
  const own: Where[] = [{ 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection } }]
  return { and: own }
}
