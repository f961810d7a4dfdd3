import { describe, expect, it } from 'vitest'

import { identityFromClaims } from '@/features/identity/lib/identity-claims'

describe('identityFromClaims', () => {
  it('reads issuer, subject, lower-cased email, name and the configured groups claim', () => {
    const identity = identityFromClaims(
      { iss: 'https://idp.example/realms/orbit', sub: 'abc-123', email: 'Alice@Orbit.Test', name: 'Alice Owner', roles: ['/orbit/a'], groups: ['other'] },
      'roles',
    )
    expect(identity).toEqual({
      issuer: 'https://idp.example/realms/orbit',
      subject: 'abc-123',
      email: 'alice@orbit.test',
      name: 'Alice Owner',
      groups: ['/orbit/a'],
    })
  })

  it('gives a subject without an email an address under .invalid', () => {
    expect(identityFromClaims({ iss: 'i', sub: 'Sub/42' }, 'groups').email).toBe('sub-42@sso.invalid')
  })
})
