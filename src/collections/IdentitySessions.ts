import type { CollectionConfig } from 'payload'

import { denyAll } from '@/access/denyAll'
import { isPlatformAdmin } from '@/access/isPlatformAdmin'

/**
 * One row per single-sign-on session: the provider's refresh and ID tokens (encrypted with
 * ORBIT_SECRET_KEY) that renew the short Payload session and end the provider's session at
 * sign-out. The browser holds only a random handle (cookie orbit-sso); the row keeps its SHA-256.
 * Written by src/features/identity only; platform admins may list and delete (ends the renewal).
 */
export const IdentitySessions: CollectionConfig = {
  slug: 'identity-sessions',
  admin: { group: 'Access', defaultColumns: ['user', 'renewedAt', 'expiresAt'], hidden: ({ user }) => user?.role !== 'platform-admin' },
  access: { read: isPlatformAdmin, create: () => false, update: () => false, delete: isPlatformAdmin },
  fields: [
    // Not required: deleting the user empties it (the row is then useless and renews nothing).
    { name: 'user', type: 'relationship', relationTo: 'users', index: true },
    { name: 'handleHash', type: 'text', required: true, unique: true, hidden: true, access: { read: denyAll } },
    // The Payload session (sid) this row renews; revoked when it is renewed or ended.
    { name: 'sid', type: 'text', required: true, hidden: true, access: { read: denyAll } },
    { name: 'refreshToken', type: 'text', hidden: true, access: { read: denyAll } },
    { name: 'idToken', type: 'text', hidden: true, access: { read: denyAll } },
    { name: 'renewedAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'expiresAt', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
