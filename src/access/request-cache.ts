import type { PayloadRequest, RequestContext } from 'payload'

const CACHE_KEY = 'orbitAccessCache'

type Entry = { userId: number | string; value: Promise<unknown> }

/**
 * A request context that carries the access rules' cache. Payload copies req.context (shallowly)
 * on nested Local API calls, so the cache is one Map held by reference: every copy, and every read
 * given this context, shares it.
 */
export function newRequestContext(): RequestContext {
  return { [CACHE_KEY]: new Map<string, Entry>() }
}

/**
 * A per-user value the access rules look up (the user's workspaces, their clusters), computed
 * once per request context: parallel reads share the promise. Keyed by user id, so a context
 * never answers for another user.
 */
export function cachedPerRequest<T>(req: PayloadRequest, key: string, userId: number | string, read: () => Promise<T>): Promise<T> {
  let cache = req.context[CACHE_KEY] as Map<string, Entry> | undefined
  if (!cache) {
    cache = new Map()
    req.context[CACHE_KEY] = cache
  }
  const cached = cache.get(key)
  if (cached && cached.userId === userId) return cached.value as Promise<T>
  const value = read()
  cache.set(key, { userId, value })
  return value
}
