import type { Access, FieldAccess } from 'payload'

import type { User } from '@/payload-types'

export const PLATFORM_ADMIN_ROLE = 'platform-admin'

export function userIsPlatformAdmin(user: unknown): boolean {
  return (user as Partial<User> | null | undefined)?.role === PLATFORM_ADMIN_ROLE
}

/** Only platform admins. The sync engine writes with overrideAccess and never reaches this. */
export const isPlatformAdmin: Access = ({ req: { user } }) => userIsPlatformAdmin(user)

export const isPlatformAdminField: FieldAccess = ({ req: { user } }) => userIsPlatformAdmin(user)
