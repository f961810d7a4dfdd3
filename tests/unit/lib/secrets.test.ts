import { randomBytes } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { decryptSecret, encryptSecret, isEncrypted } from '@/lib/crypto/secrets'

const key = randomBytes(32).toString('base64')

describe('secrets at rest', () => {
  it('round-trips and never contains the plaintext', () => {
    const stored = encryptSecret('hunter2-sasl', key)
    expect(isEncrypted(stored)).toBe(true)
    expect(stored).not.toContain('hunter2')
    expect(decryptSecret(stored, key)).toBe('hunter2-sasl')
  })

  it('uses a fresh IV each time', () => {
    expect(encryptSecret('same', key)).not.toBe(encryptSecret('same', key))
  })

  it('rejects a wrong key and tampered ciphertext (GCM authentication)', () => {
    const stored = encryptSecret('value', key)
    expect(() => decryptSecret(stored, randomBytes(32).toString('base64'))).toThrow()
    const parts = stored.split(':')
    const body = Buffer.from(parts[4]!, 'base64')
    body[0] = (body[0] ?? 0) ^ 0xff
    parts[4] = body.toString('base64')
    expect(() => decryptSecret(parts.join(':'), key)).toThrow()
  })

  it('accepts a passphrase-style key by stretching it', () => {
    expect(decryptSecret(encryptSecret('v', 'not base64 32 bytes'), 'not base64 32 bytes')).toBe('v')
  })

  it('refuses values that are not encrypted', () => {
    expect(() => decryptSecret('plain', key)).toThrow(/not an encrypted secret/)
  })
})
