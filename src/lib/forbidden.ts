import { Forbidden } from 'payload'

/**
 * Payload throws Forbidden when a read rule denies a user everything (e.g. a member without any
 * workspace). For product reads that simply means "nothing to show".
 */
export async function emptyIfForbidden<T, E = T>(read: Promise<T>, empty: E): Promise<T | E> {
  try {
    return await read
  } catch (error) {
    if (error instanceof Forbidden) return empty
    throw error
  }
}
