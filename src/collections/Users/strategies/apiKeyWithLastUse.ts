import type { AuthStrategy } from 'payload'

import { onApiKeyEvent } from '@/collections/Users/hooks/onApiKeyEvent'
import { apiKeyFromAuthorization, apiKeyIndex, shouldRecordApiKeyUse } from '@/features/identity/lib/api-key'

/**
 * Payload's own API-key authentication (`Authorization: users API-Key <key>`, looked up by the
 * HMAC index Payload stores in `apiKeyIndex`), plus the last-used time, written at most once a
 * minute per key. Custom strategies run before Payload's built-in one, so a valid key always
 * passes here; an unknown or revoked key matches neither and the request stays anonymous (403).
 * The lookup runs on every request (no cache): a revoked key or a deleted user stops at once.
 */
export const apiKeyWithLastUse: AuthStrategy = {
  name: 'users-api-key-with-last-use',
  authenticate: async ({ headers, isGraphQL, payload }) => {
    const key = apiKeyFromAuthorization(headers.get('Authorization'))
    if (!key) return { user: null }
    const { docs } = await payload.find({
      collection: 'users',
      where: { apiKeyIndex: { equals: apiKeyIndex(payload.secret, key) } },
      depth: isGraphQL ? 0 : payload.collections.users.config.auth.depth,
      limit: 1,
      pagination: false,
      overrideAccess: true,
    })
    const user = docs[0]
    if (!user) {
      await onApiKeyEvent({ payload, headers }, { type: 'rejected' })
      return { user: null }
    }
    const now = new Date()
    if (shouldRecordApiKeyUse(user.apiKeyLastUsedAt, now)) {
      // The adapter's own update: no hooks, no updatedAt (a key's use is not a change of the account).
      await payload.db.updateOne({ collection: 'users', id: user.id, data: { apiKeyLastUsedAt: now.toISOString() } })
      user.apiKeyLastUsedAt = now.toISOString()
      await onApiKeyEvent({ payload, headers }, { type: 'used', userId: user.id })
    }
    return { user: { ...user, collection: 'users', _strategy: 'api-key' } }
  },
}
