import { createHmac } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { apiKeyFromAuthorization, apiKeyIndex, generateApiKey, shouldRecordApiKeyUse } from '@/features/identity/lib/api-key'

describe('apiKeyFromAuthorization', () => {
  it("reads the key of Payload's users header", () => {
    expect(apiKeyFromAuthorization('users API-Key abc123')).toBe('abc123')
  })
  it.each([null, undefined, '', 'JWT abc', 'Bearer abc', 'users API-Key ', 'admins API-Key abc'])('ignores %j', (header) => {
    expect(apiKeyFromAuthorization(header)).toBeNull()
  })
})

describe('apiKeyIndex', () => {
  it("is Payload's index: HMAC-SHA256 of the key with the secret, hex", () => {
    // The reference value computed independently with Node's crypto, as Payload 3.90's setAPIKeyIndex does.
    expect(apiKeyIndex('s3cret', 'key-1')).toBe(createHmac('sha256', 's3cret').update('key-1').digest('hex'))
    expect(apiKeyIndex('s3cret', 'key-1')).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('generateApiKey', () => {
  it('gives 43 base64url characters (32 random bytes), different each time', () => {
    const keys = new Set(Array.from({ length: 50 }, generateApiKey))
    expect(keys.size).toBe(50)
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })
})

describe('shouldRecordApiKeyUse', () => {
  const now = new Date('2026-12-04T12:00:00.000Z')
  it.each([
    [null, true],
    ['2026-12-04T11:59:00.000Z', true],
    ['2026-12-04T11:59:00.001Z', false],
    ['2026-12-04T11:59:59.000Z', false],
    ['not a date', true],
  ] as const)('last used %j → %s', (last, expected) => {
    expect(shouldRecordApiKeyUse(last, now)).toBe(expected)
  })
})
