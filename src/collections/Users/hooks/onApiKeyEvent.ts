import type { Payload } from 'payload'

export type ApiKeyEvent =
  | { type: 'created' | 'revoked'; userId: number; actorId: number }
  /** A request authenticated by the key; reported at most once per API_KEY_USE_RECORD_INTERVAL_MS per key (when last-used is written). */
  | { type: 'used'; userId: number }
  /** A `users API-Key` header that matches no key (unknown, revoked, or its user deleted). */
  | { type: 'rejected' }

/** Where the event happened: the Payload instance and the request's headers (for "from where"). */
export type ApiKeyEventContext = { payload: Payload; headers?: Headers }

/**
 * The one place every API-key event passes: creation and revocation (src/features/identity/api-keys.ts)
 * and use (src/collections/Users/strategies/apiKeyWithLastUse.ts). The audit log (issue 18 item 5)
 * is wired here; until then the event is only logged (debug).
 */
export async function onApiKeyEvent({ payload }: ApiKeyEventContext, event: ApiKeyEvent): Promise<void> {
  payload.logger.debug({ apiKeyEvent: event }, `API key ${event.type}`)
  return Promise.resolve()
}
