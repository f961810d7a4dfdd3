import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { passwordMatches } from '@/lib/auth-attempts/password-hash'

export const CURRENT_PASSWORD_FIELD = 'currentPassword'
export const CURRENT_PASSWORD_MESSAGE = 'Enter your current password to change it.'

/**
 * Changing one's own password through REST, GraphQL or the admin needs the current one (a stolen
 * session alone cannot take the account over). A platform admin setting another user's password
 * does not; who may update whom is the collection's access rule. Payload then keeps only the
 * requester's own session (its update operation revokes the others on every password change).
 */
export const requireCurrentPassword: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const record = data as Record<string, unknown>
  if (operation !== 'update' || typeof record.password !== 'string' || req.payloadAPI === 'local') return data
  const id = (originalDoc as { id?: unknown } | undefined)?.id
  if (!req.user || String(req.user.id) !== String(id)) return data
  const current = record[CURRENT_PASSWORD_FIELD]
  const stored = await req.payload.db.findOne<{ id: number; hash?: unknown; salt?: unknown }>({ collection: 'users', where: { id: { equals: id } }, req })
  if (typeof current !== 'string' || !stored || !(await passwordMatches(current, stored))) {
    throw new ValidationError({ collection: 'users', errors: [{ message: CURRENT_PASSWORD_MESSAGE, path: CURRENT_PASSWORD_FIELD }] })
  }
  return data
}
