import { describe, expect, it } from 'vitest'

import { encryptSecret } from '@/lib/crypto/secrets'

import { openTransaction, sealTransaction, TRANSACTION_MAX_AGE_SECONDS } from '@/features/identity/sealed-transaction'

const KEY = 'a-test-key-of-some-length'
const transaction = {
  state: 'state-1',
  nonce: 'nonce-1',
  codeVerifier: 'v'.repeat(43),
  redirectUri: 'http://127.0.0.1:3000/auth/sso/callback',
  next: '/kafka/topics',
  startedAt: 1_000_000,
}

describe('the sealed sign-in transaction', () => {
  it('opens to what was sealed within its max age', () => {
    expect(openTransaction(sealTransaction(transaction, KEY), KEY, transaction.startedAt + 1_000)).toEqual(transaction)
  })

  it('is refused after its max age, with another key, or altered', () => {
    const sealed = sealTransaction(transaction, KEY)
    expect(openTransaction(sealed, KEY, transaction.startedAt + TRANSACTION_MAX_AGE_SECONDS * 1000 + 1)).toBeNull()
    expect(openTransaction(sealed, 'another-key-entirely', transaction.startedAt)).toBeNull()
    expect(openTransaction(sealed.slice(0, -4) + 'AAAA', KEY, transaction.startedAt)).toBeNull()
    expect(openTransaction(undefined, KEY)).toBeNull()
  })

  it('refuses a well-encrypted transaction whose return path leaves the site', () => {
    const sealed = encryptSecret(JSON.stringify({ ...transaction, next: 'https://evil.example' }), KEY)
    expect(openTransaction(sealed, KEY, transaction.startedAt)).toBeNull()
  })
})
