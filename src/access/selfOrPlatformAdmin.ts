import type { Access } from 'payload'

import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'

/** Users: admins manage everyone; a member reads and updates only their own account. */
export const selfOrPlatformAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (userIsPlatformAdmin(user)) return true
  return { id: { equals: user.id } }
}
