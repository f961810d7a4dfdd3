import type { Payload } from 'payload'

import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'
import { onApiKeyEvent } from '@/collections/Users/hooks/onApiKeyEvent'
import { generateApiKey } from '@/features/identity/lib/api-key'
import { asUser } from '@/lib/as-user'
import type { User } from '@/payload-types'

/** One account's key, as the account page shows it: never the key itself. */
export type ApiKeyState = { userId: number; email: string; name: string | null; createdAt: string; lastUsedAt: string | null }

export type ApiKeysView = {
  /** The signed-in user's own key, or null when she has none. */
  own: ApiKeyState | null
  /** Platform admins: every account that has a key (oneself included), and how many have none. */
  all: { keys: ApiKeyState[]; withoutKey: number } | null
}

type Context = { payload: Payload; headers?: Headers }

const STATE_SELECT = { email: true, name: true, apiKeyCreatedAt: true, apiKeyLastUsedAt: true } as const

function toState(doc: Pick<User, 'id' | 'email' | 'name' | 'apiKeyCreatedAt' | 'apiKeyLastUsedAt'>): ApiKeyState | null {
  if (!doc.apiKeyCreatedAt) return null
  return { userId: doc.id, email: doc.email, name: doc.name ?? null, createdAt: doc.apiKeyCreatedAt, lastUsedAt: doc.apiKeyLastUsedAt ?? null }
}

/** The account page's data, read as the user (her own account; every account for a platform admin). */
export async function getApiKeysView({ payload }: Context, user: User): Promise<ApiKeysView> {
  const own = await payload.findByID({ collection: 'users', id: user.id, depth: 0, select: STATE_SELECT, ...asUser(user) })
  if (!userIsPlatformAdmin(user)) return { own: toState(own), all: null }
  const withKey = { apiKeyCreatedAt: { exists: true } }
  const [listed, withoutKey] = await Promise.all([
    payload.find({ collection: 'users', where: withKey, sort: 'email', pagination: false, depth: 0, select: STATE_SELECT, ...asUser(user) }),
    payload.count({ collection: 'users', where: { apiKeyCreatedAt: { exists: false } }, ...asUser(user) }),
  ])
  const keys = listed.docs.map(toState).filter((state): state is ApiKeyState => state !== null)
  return { own: toState(own), all: { keys, withoutKey: withoutKey.totalDocs } }
}

/**
 * A new key for the signed-in user, returned once and never again (only its encryption and HMAC
 * index are stored). A key she already has is replaced: it stops working at once.
 */
export async function createOwnApiKey(context: Context, user: User): Promise<string> {
  const { payload } = context
  const existing = await payload.findByID({ collection: 'users', id: user.id, depth: 0, select: STATE_SELECT, ...asUser(user) })
  const key = generateApiKey()
  await payload.update({
    collection: 'users',
    id: user.id,
    data: { enableAPIKey: true, apiKey: key, apiKeyCreatedAt: new Date().toISOString(), apiKeyLastUsedAt: null },
    depth: 0,
    // Field access keeps the key fields away from every request; this is the one writer.
    overrideAccess: true,
  })
  if (existing.apiKeyCreatedAt) await onApiKeyEvent(context, { type: 'revoked', userId: user.id, actorId: user.id })
  await onApiKeyEvent(context, { type: 'created', userId: user.id, actorId: user.id })
  return key
}

export type RevokeResult = { ok: true } | { ok: false; error: string }

/** Revokes an account's key: one's own, or anyone's for a platform admin (whoever may read the account, by its rule, and is one of those). */
export async function revokeApiKey(context: Context, actor: User, userId: number): Promise<RevokeResult> {
  const { payload } = context
  if (String(actor.id) !== String(userId) && !userIsPlatformAdmin(actor)) return { ok: false, error: 'You may revoke only your own key.' }
  const target = await payload.findByID({ collection: 'users', id: userId, depth: 0, select: STATE_SELECT, disableErrors: true, ...asUser(actor) })
  if (!target) return { ok: false, error: 'No such account.' }
  if (!target.apiKeyCreatedAt) return { ok: false, error: 'This account has no key.' }
  await payload.update({
    collection: 'users',
    id: userId,
    data: { enableAPIKey: false, apiKey: null, apiKeyCreatedAt: null, apiKeyLastUsedAt: null },
    depth: 0,
    overrideAccess: true,
  })
  await onApiKeyEvent(context, { type: 'revoked', userId, actorId: actor.id })
  return { ok: true }
}
