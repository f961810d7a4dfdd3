import type { FieldAccess } from 'payload'

const never: FieldAccess = () => false
const collectionRule: FieldAccess = () => true

/**
 * Payload's API-key fields on users. Nobody sets a key through REST, GraphQL or the admin (not even
 * for themselves: the key would then be chosen by the requester); src/features/identity/api-keys.ts
 * generates and revokes keys for the account page with overrideAccess, after checking who asks.
 * The key (encrypted) and its lookup index are never read through any API.
 */
export const API_KEY_SECRET_ACCESS = { create: never, update: never, read: never }

/**
 * Whether a key exists, when it was created and last used: readable wherever the account is
 * (the collection rule: oneself, or every account for a platform admin), written by server code only.
 */
export const API_KEY_STATE_ACCESS = { create: never, update: never, read: collectionRule }
