import { createLocalReq, getFieldsToSign, jwtSign, type Payload } from 'payload'
import { addSessionToUser, generatePayloadCookie } from 'payload/shared'

import type { User } from '@/payload-types'

/**
 * Payload's own session for a user the provider signed in: a session row (sid) on the user and
 * the JWT cookie Payload verifies on every request, both lasting `seconds` (ORBIT_OIDC_SESSION_SECONDS)
 * instead of the collection's tokenExpiration. The same shape Payload's login creates.
 */
export type IssuedSession = { token: string; sid: string; exp: number; cookie: string }

type StoredSession = { id: string; createdAt: Date | string; expiresAt: Date | string }
type UserWithSessions = User & { sessions?: StoredSession[] | null; collection?: string }

function usersCollection(payload: Payload, seconds: number) {
  const config = payload.collections.users.config
  return { ...config, auth: { ...config.auth, tokenExpiration: seconds } }
}

async function rawUser(payload: Payload, id: User['id']): Promise<UserWithSessions> {
  const user = await payload.db.findOne<UserWithSessions>({ collection: 'users', where: { id: { equals: id } } })
  if (!user) throw new Error(`user ${id} vanished during sign-in`)
  return user
}

export async function issuePayloadSession(payload: Payload, userId: User['id'], seconds: number): Promise<IssuedSession> {
  const collectionConfig = usersCollection(payload, seconds)
  const user = await rawUser(payload, userId)
  const req = await createLocalReq({}, payload)
  const { sid } = await addSessionToUser({ collectionConfig, payload, req, user })
  if (!sid) throw new Error('the users collection must keep sessions (auth.useSessions)')
  const fieldsToSign = getFieldsToSign({ collectionConfig, email: user.email, sid, user: { ...user, collection: 'users' } as never })
  const { token, exp } = await jwtSign({ fieldsToSign, secret: payload.secret, tokenExpiration: seconds })
  const cookie = generatePayloadCookie({ collectionAuthConfig: collectionConfig.auth, cookiePrefix: payload.config.cookiePrefix, token })
  return { token, sid, exp, cookie }
}

/** Ends one Payload session of the user (its JWT is refused from now on). */
export async function revokePayloadSession(payload: Payload, userId: User['id'], sid: string): Promise<void> {
  const user = await rawUser(payload, userId)
  const sessions = (user.sessions ?? []).filter((s) => s.id !== sid)
  if (sessions.length === (user.sessions ?? []).length) return
  await payload.db.updateOne({ collection: 'users', id: userId, data: { sessions, updatedAt: null }, returning: false })
}

/** The name of Payload's session cookie. */
export function payloadCookieName(payload: Payload): string {
  return `${payload.config.cookiePrefix}-token`
}
