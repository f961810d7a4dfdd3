import type { CollectionConfig } from 'payload'

import { isPlatformAdmin, isPlatformAdminField, PLATFORM_ADMIN_ROLE } from '@/access/isPlatformAdmin'
import { selfOrPlatformAdmin } from '@/access/selfOrPlatformAdmin'
import { hashForUnknownAccounts } from '@/collections/Users/hooks/hashForUnknownAccounts'
import { limitAuthAttempts, rememberSignIn } from '@/collections/Users/hooks/limitAuthAttempts'
import { CURRENT_PASSWORD_FIELD, requireCurrentPassword } from '@/collections/Users/hooks/requireCurrentPassword'
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
      requireCurrentPassword,
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
      // Never stored: checked by requireCurrentPassword when a user changes her own password.
      name: CURRENT_PASSWORD_FIELD,
      type: 'text',
      virtual: true,
      admin: {
        description: 'Needed to change your own password.',
        condition: (data, _sibling, { user }) => user !== null && String(user?.id) === String((data as { id?: unknown }).id),
      },
    },
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
