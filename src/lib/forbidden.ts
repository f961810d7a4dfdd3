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

/** One page of a list as the list pages show it. */
export type ListPage<T> = { docs: T[]; totalDocs: number; totalPages: number; page: number; limit: number }

/** A list read as one page: the page asked for, empty when the read rule denies the user everything. */
export async function listPageOrEmpty<T>(
  read: Promise<{ docs: unknown[]; totalDocs: number; totalPages: number; page?: number; limit: number }>,
  asked: { page: number; limit: number },
): Promise<ListPage<T>> {
  const page = await emptyIfForbidden(read, null)
  if (!page) return { docs: [], totalDocs: 0, totalPages: 0, page: asked.page, limit: asked.limit }
  // The caller's select narrows the documents; the list rows read only the selected fields.
  return { docs: page.docs as T[], totalDocs: page.totalDocs, totalPages: page.totalPages, page: page.page ?? asked.page, limit: page.limit }
}
