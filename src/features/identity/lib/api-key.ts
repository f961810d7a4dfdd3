import { createHmac, randomBytes } from 'node:crypto'

/** Payload's header for a key of the users collection: `Authorization: users API-Key <key>`. */
export const API_KEY_AUTHORIZATION_PREFIX = 'users API-Key '

/** Last-used time is written at most once per this interval per key, so a CI loop does not write on every request. */
export const API_KEY_USE_RECORD_INTERVAL_MS = 60_000

/** A new key: 32 random bytes, base64url (43 characters). Never chosen by the requester. */
export function generateApiKey(): string {
  return randomBytes(32).toString('base64url')
}

/** The key of an `Authorization: users API-Key <key>` header, or null for any other header. */
export function apiKeyFromAuthorization(header: string | null | undefined): string | null {
  if (!header?.startsWith(API_KEY_AUTHORIZATION_PREFIX)) return null
  const key = header.slice(API_KEY_AUTHORIZATION_PREFIX.length).trim()
  return key === '' ? null : key
}

/** Payload's lookup index of a key (its `apiKeyIndex`): HMAC-SHA256 with the Payload secret, hex. */
export function apiKeyIndex(secret: string, key: string): string {
  return createHmac('sha256', secret).update(key).digest('hex')
}

/** Whether a use at `now` is recorded: never recorded before, or the last record is at least one interval old. */
export function shouldRecordApiKeyUse(lastUsedAt: string | Date | null | undefined, now: Date, intervalMs = API_KEY_USE_RECORD_INTERVAL_MS): boolean {
  if (!lastUsedAt) return true
  const last = new Date(lastUsedAt).getTime()
  return Number.isNaN(last) || now.getTime() - last >= intervalMs
}
