import type { CollectionConfig } from 'payload'

import { API_KEY_SECRET_ACCESS, API_KEY_STATE_ACCESS } from '@/access/apiKeyFields'
import { isPlatformAdmin, isPlatformAdminField, PLATFORM_ADMIN_ROLE } from '@/access/isPlatformAdmin'
import { selfOrPlatformAdmin } from '@/access/selfOrPlatformAdmin'
import { hashForUnknownAccounts } from '@/collections/Users/hooks/hashForUnknownAccounts'
import { limitAuthAttempts, rememberSignIn } from '@/collections/Users/hooks/limitAuthAttempts'
import { CURRENT_PASSWORD_FIELD, requireCurrentPassword } from '@/collections/Users/hooks/requireCurrentPassword'
import { restrictLocalSignIn } from '@/collections/Users/hooks/restrictLocalSignIn'
import { keepSsoSessionsShort } from '@/collections/Users/hooks/keepSsoSessionsShort'
import { apiKeyWithLastUse } from '@/collections/Users/strategies/apiKeyWithLastUse'
import { env } from '@/lib/env'

export const USER_ROLES = [PLATFORM_ADMIN_ROLE, 'member'] as const

const IDENTITY_FIELD_ACCESS = { create: () => false, update: () => false, read: () => true }

export const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    tokenExpiration: 60 * 60 * 12,
    // Payload's lockout (5 wrong passwords lock the account for everyone, repeatably) let anyone
    // lock out the platform admin; attempts are limited per address and account instead.
    maxLoginAttempts: 0,
    // Secure when the public URL is https (NEXT_PUBLIC_SERVER_URL); SameSite=Lax is Payload's default.
    cookies: { secure: env().secureCookies },
    // Personal API keys for CI (`Authorization: users API-Key <key>`): one per account, Payload's
    // own fields (the key encrypted with the secret, an HMAC index); created and revoked on
    // /account/api-keys only. The strategy adds the last-used time to Payload's lookup.
    useAPIKey: true,
    strategies: [apiKeyWithLastUse],
  },
  // One account per person at the identity provider: its issuer and subject (never the email alone).
  indexes: [{ fields: ['identityIssuer', 'identitySubject'], unique: true }],
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'identityIssuer'], group: 'Access' },
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
    beforeOperation: [limitAuthAttempts, hashForUnknownAccounts, restrictLocalSignIn, keepSsoSessionsShort],
    afterLogin: [rememberSignIn],
    beforeChange: [
      requireCurrentPassword,
      // The very first account of an installation is its platform admin (Payload's
      // create-first-user screen and our /sign-in setup both land here).
      async ({ data, operation, req }) => {
        // A single-sign-on account gets its role from the provider's groups only.
        if (operation !== 'create' || data.identitySubject) return data
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
    {
      type: 'collapsible',
      label: 'Single sign-on',
      admin: { position: 'sidebar', condition: (data) => Boolean((data as { identitySubject?: unknown }).identitySubject) },
      // Set by the sign-in through the identity provider only (overrideAccess), never by a request.
      fields: [
        { name: 'identityIssuer', type: 'text', access: IDENTITY_FIELD_ACCESS, admin: { readOnly: true } },
        { name: 'identitySubject', type: 'text', access: IDENTITY_FIELD_ACCESS, admin: { readOnly: true } },
      ],
    },
    // Payload's API-key fields (top level, where Payload merges them), with this project's access.
    { name: 'enableAPIKey', type: 'checkbox', access: API_KEY_SECRET_ACCESS },
    { name: 'apiKey', type: 'text', access: API_KEY_SECRET_ACCESS },
    // Payload looks a key up by its index on every request that carries one.
    { name: 'apiKeyIndex', type: 'text', index: true, access: API_KEY_SECRET_ACCESS },
    {
      type: 'collapsible',
      label: 'API key',
      admin: { position: 'sidebar', condition: (data) => Boolean((data as { apiKeyCreatedAt?: unknown }).apiKeyCreatedAt) },
      fields: [
        {
          name: 'apiKeyCreatedAt',
          label: 'Created',
          type: 'date',
          access: API_KEY_STATE_ACCESS,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'apiKeyLastUsedAt',
          label: 'Last used',
          type: 'date',
          access: API_KEY_STATE_ACCESS,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
  ],
}
