import { Forbidden } from 'payload'

/**
 * Like emptyIfForbidden (src/lib/forbidden.ts): a read whose access rule denies the user everything
 * (Payload throws Forbidden) means "nothing to show". Also recognises the error by its shape,
 * because in the Next.js server bundle Payload's error classes can exist twice and `instanceof`
 * then misses the thrown one (seen with `next build`: a member without virtual clusters crashed
 * /kafka). Kept apart only until src/lib/forbidden.ts checks the same way.
 */
export function isForbiddenError(error: unknown): boolean {
  if (error instanceof Forbidden) return true
  if (!(error instanceof Error)) return false
  const shape = error as Error & { status?: unknown; isPublic?: unknown }
  return shape.status === 403 && shape.isPublic === true
}

export async function readVisible<T, E = T>(read: Promise<T>, empty: E): Promise<T | E> {
  try {
    return await read
  } catch (error) {
    if (isForbiddenError(error)) return empty
    throw error
  }
}
