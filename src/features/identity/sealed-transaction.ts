import { z } from 'zod'

import { decryptSecret, encryptSecret } from '@/lib/crypto/secrets'

import type { SignInTransaction } from '@/features/identity/oidc-provider'

/**
 * The sign-in transaction travels in a short-lived cookie, encrypted and authenticated with
 * ORBIT_SECRET_KEY (AES-256-GCM): the browser can neither read the PKCE verifier nor change the
 * state, nonce or return path.
 */
export const TRANSACTION_COOKIE = 'orbit-sso-transaction'
export const TRANSACTION_MAX_AGE_SECONDS = 600

const transactionSchema = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  codeVerifier: z.string().min(43),
  redirectUri: z.url(),
  next: z.string().startsWith('/'),
  startedAt: z.number().int(),
})

export function sealTransaction(transaction: SignInTransaction, key: string): string {
  return encryptSecret(JSON.stringify(transaction), key)
}

/** The transaction, or null when the cookie is missing, forged, unreadable or older than its max age. */
export function openTransaction(sealed: string | undefined, key: string, now = Date.now()): SignInTransaction | null {
  if (!sealed) return null
  try {
    const transaction = transactionSchema.parse(JSON.parse(decryptSecret(sealed, key)))
    return now - transaction.startedAt <= TRANSACTION_MAX_AGE_SECONDS * 1000 ? transaction : null
  } catch {
    return null
  }
}
