import crypto from 'node:crypto'

/**
 * Payload 3's password hash (payload/dist/auth/strategies/local/generatePasswordSaltHash.js):
 * PBKDF2-SHA256, 600,000 iterations, 32 bytes, stored hex behind a version prefix; older hashes
 * have no prefix and used 25,000 iterations and 512 bytes.
 */
const CURRENT = { prefix: 'pbkdf2-sha256-v1:', iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

function pbkdf2(password: string, salt: string, iterations: number, keyLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) => (error ? reject(error) : resolve(key))),
  )
}

/**
 * The same hash work Payload does for a known account, for an email that has none (Payload
 * answered an unknown email at once, a known one after about 200 ms); the result is discarded.
 */
export async function hashAsForAnAccount(password: string): Promise<void> {
  await pbkdf2(password, crypto.randomBytes(32).toString('hex'), CURRENT.iterations, CURRENT.keyLength)
}

/** Whether a password is the one a stored hash and salt were made from (either format). */
export async function passwordMatches(password: string, stored: { hash?: unknown; salt?: unknown }): Promise<boolean> {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string') return false
  const current = stored.hash.startsWith(CURRENT.prefix)
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const expected = Buffer.from(current ? stored.hash.slice(CURRENT.prefix.length) : stored.hash, 'hex')
  const actual = await pbkdf2(password, stored.salt, iterations, keyLength)
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected)
}
