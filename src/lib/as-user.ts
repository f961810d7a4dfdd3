import { cache } from 'react'

import { newRequestContext } from '@/access/request-cache'
import type { User } from '@/payload-types'

/**
 * One Payload request context per server render. Every Local API call otherwise gets a fresh
 * request, so the access rules looked up the member's workspaces (and their clusters) again for
 * each of a page's ~15 reads; they cache those look-ups in the context (keyed by user id, see
 * src/access/request-cache.ts), so a render asks once. Outside a render (tests, scripts) React's
 * cache is a pass-through and each call gets its own context, as before.
 */
const renderContext = cache(newRequestContext)

/** Options for a user-facing Local API read: the user's access rules apply, never overridden. */
export function asUser(user: User) {
  return { user, overrideAccess: false as const, context: renderContext() }
}
