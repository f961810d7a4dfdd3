import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { PLATFORM_ADMIN_ROLE } from '@/access/isPlatformAdmin'
import type { User } from '@/payload-types'

import type { ProviderIdentity } from '@/features/identity/lib/identity-claims'
import { SignInError } from '@/features/identity/lib/sign-in-errors'
import type { SsoSettings } from '@/features/identity/settings'

/**
 * The account of a person at the provider, found by issuer + subject and created on the first
 * sign-in. A local account with the same email is never taken over: that sign-in fails with
 * "email-taken". Name, email and (when platform-admin groups are configured) the role follow the
 * provider at every sign-in and renewal.
 */
export async function linkUser(payload: Payload, settings: SsoSettings, identity: ProviderIdentity): Promise<User> {
  if (!identity.issuer || !identity.subject) throw new SignInError('invalid-token')
  const role = roleFromGroups(settings, identity.groups)
  const { docs } = await payload.find({
    collection: 'users',
    where: { identityIssuer: { equals: identity.issuer }, identitySubject: { equals: identity.subject } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const existing = docs[0]
  if (existing) return updateLinkedUser(payload, existing, identity, role)
  if (await emailTaken(payload, identity.email)) throw new SignInError('email-taken')
  return payload.create({
    collection: 'users',
    overrideAccess: true,
    data: {
      email: identity.email,
      name: identity.name,
      role: role ?? 'member',
      identityIssuer: identity.issuer,
      identitySubject: identity.subject,
      // Never used: restrictLocalSignIn refuses passwords for linked accounts. Payload needs one.
      password: randomBytes(32).toString('base64url'),
    },
  })
}

function roleFromGroups(settings: SsoSettings, groups: readonly string[]): User['role'] | undefined {
  if (settings.platformAdminGroups.length === 0) return undefined
  return groups.some((g) => settings.platformAdminGroups.includes(g)) ? PLATFORM_ADMIN_ROLE : 'member'
}

async function emailTaken(payload: Payload, email: string, exceptId?: User['id']): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { email: { equals: email }, ...(exceptId === undefined ? {} : { id: { not_equals: exceptId } }) },
    overrideAccess: true,
  })
  return totalDocs > 0
}

async function updateLinkedUser(payload: Payload, user: User, identity: ProviderIdentity, role: User['role'] | undefined): Promise<User> {
  const changes: Partial<User> = {}
  if (role && role !== user.role) changes.role = role
  if (identity.name && identity.name !== user.name) changes.name = identity.name
  // A changed address is taken over only when no other account has it.
  if (identity.email !== user.email && !(await emailTaken(payload, identity.email, user.id))) changes.email = identity.email
  if (Object.keys(changes).length === 0) return user
  return payload.update({ collection: 'users', id: user.id, data: changes, overrideAccess: true, depth: 0 })
}
