import { Forbidden } from 'payload'

/**
 * Whether an error is Payload's Forbidden. Also recognised by its shape (status 403, public),
 * because in the Next.js server bundle Payload's error classes can exist twice and `instanceof`
 * then misses the thrown one (seen after `next build`: a member without virtual clusters crashed /kafka).
 */
export function isForbiddenError(error: unknown): boolean {
  if (error instanceof Forbidden) return true
  if (!(error instanceof Error)) return false
  const shape = error as Error & { status?: unknown; isPublic?: unknown }
  return shape.status === 403 && shape.isPublic === true
}

/**
 * Payload throws Forbidden when a read rule denies a user everything (e.g. a member without any
 * workspace). For product reads that simply means "nothing to show".
 */
export async function emptyIfForbidden<T, E = T>(read: Promise<T>, empty: E): Promise<T | E> {
  try {
    return await read
  } catch (error) {
    if (isForbiddenError(error)) return empty
    throw error
  }
}
