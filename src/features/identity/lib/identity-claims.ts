import { groupsFromClaim } from '@/features/identity/lib/group-roles'

/** The person the provider vouches for, read from validated ID-token (or userinfo) claims. Pure. */
export type ProviderIdentity = {
  issuer: string
  subject: string
  /** Lower-cased; a placeholder under .invalid when the provider sends none. */
  email: string
  name: string | undefined
  groups: string[]
}

export function identityFromClaims(claims: Record<string, unknown>, groupsClaim: string): ProviderIdentity {
  const issuer = typeof claims.iss === 'string' ? claims.iss : ''
  const subject = typeof claims.sub === 'string' ? claims.sub : ''
  const email = typeof claims.email === 'string' && claims.email.includes('@') ? claims.email.trim().toLowerCase() : placeholderEmail(subject)
  const name = typeof claims.name === 'string' ? claims.name : typeof claims.preferred_username === 'string' ? claims.preferred_username : undefined
  return { issuer, subject, email, name, groups: groupsFromClaim(claims[groupsClaim]) }
}

/** Accounts need a unique email; a subject without one gets an address that can never receive mail. */
function placeholderEmail(subject: string): string {
  return `${subject.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}@sso.invalid`
}
