import type { CollectionConfig } from 'payload'

import { isPlatformAdmin, isPlatformAdminField, PLATFORM_ADMIN_ROLE } from '@/access/isPlatformAdmin'
import { selfOrPlatformAdmin } from '@/access/selfOrPlatformAdmin'
import { hashForUnknownAccounts } from '@/collections/Users/hooks/hashForUnknownAccounts'
import { limitAuthAttempts, rememberSignIn } from '@/collections/Users/hooks/limitAuthAttempts'
import { env } from '@/lib/env'

export const USER_ROLES = [PLATFORM_ADMIN_ROLE, 'member'] as const

export const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    tokenExpiration: 60 * 60 * 12,
    // Payload's lockout (5 wrong passwords lock the account for everyone, repeatably) let anyone
    // lock out the platform admin; attempts are limited per address and account instead.
    maxLoginAttempts: 0,
    // Secure when the public URL is https (NEXT_PUBLIC_SERVER_URL); SameSite=Lax is Payload's default.
    cookies: { secure: env().secureCookies },
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role'], group: 'Access' },
  access: {
    // The admin panel is for platform admins; members use the product pages.
    admin: ({ req: { user } }) => user?.role === PLATFORM_ADMIN_ROLE,
    read: selfOrPlatformAdmin,
    create: isPlatformAdmin,
    update: selfOrPlatformAdmin,
    delete: isPlatformAdmin,
    unlock: isPlatformAdmin,
  },
  hooks: {
    beforeOperation: [limitAuthAttempts, hashForUnknownAccounts],
    afterLogin: [rememberSignIn],
    beforeChange: [
      // The very first account of an installation is its platform admin (Payload's
      // create-first-user screen and our /sign-in setup both land here).
      async ({ data, operation, req }) => {
        if (operation !== 'create') return data
        const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
        return totalDocs === 0 ? { ...data, role: PLATFORM_ADMIN_ROLE } : data
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'member',
      options: [
        { label: 'Platform admin', value: PLATFORM_ADMIN_ROLE },
        { label: 'Member', value: 'member' },
      ],
      saveToJWT: true,
      access: { create: isPlatformAdminField, update: isPlatformAdminField, read: () => true },
      admin: { position: 'sidebar' },
    },
  ],
}
