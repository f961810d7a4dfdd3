import type { Payload } from 'payload'

import { PLATFORM_ADMIN_ROLE } from '@/access/isPlatformAdmin'
import { env } from '@/lib/env'

export async function hasAnyUser(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  return totalDocs > 0
}

/**
 * Creates the installation's first platform admin, only while no account exists.
 * Returns false when an account already exists (the first-run form can't be replayed).
 */
export async function createFirstAdmin(payload: Payload, input: { email: string; password: string; name?: string }): Promise<boolean> {
  if (await hasAnyUser(payload)) return false
  await payload.create({
    collection: 'users',
    data: { ...input, role: PLATFORM_ADMIN_ROLE },
    overrideAccess: true,
  })
  return true
}

/** On start: ORBIT_ADMIN_EMAIL / ORBIT_ADMIN_PASSWORD create the first admin of an empty database. */
export async function ensureAdminFromEnv(payload: Payload): Promise<void> {
  const { ORBIT_ADMIN_EMAIL: email, ORBIT_ADMIN_PASSWORD: password } = env()
  if (!email || !password) return
  if (await createFirstAdmin(payload, { email, password, name: 'Platform admin' })) {
    payload.logger.info(`Created the first platform admin ${email}`)
  }
}
