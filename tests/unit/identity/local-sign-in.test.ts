import { describe, expect, it } from 'vitest'

import { localPasswordAllowed } from '@/features/identity/lib/local-sign-in'

describe('localPasswordAllowed', () => {
  const member = { isPlatformAdmin: false, identitySubject: null }
  const admin = { isPlatformAdmin: true, identitySubject: null }
  const linkedAdmin = { isPlatformAdmin: true, identitySubject: 'kc-subject' }

  it('everyone: every local account, never a linked one', () => {
    expect([member, admin, linkedAdmin].map((u) => localPasswordAllowed(u, 'everyone'))).toEqual([true, true, false])
  })

  it('platform-admins: only local platform admins (break-glass)', () => {
    expect([member, admin, linkedAdmin].map((u) => localPasswordAllowed(u, 'platform-admins'))).toEqual([false, true, false])
  })
})
