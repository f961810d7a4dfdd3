import crypto from 'node:crypto'

/**
 * Payload 3's password hash (payload/dist/auth/strategies/local/generatePasswordSaltHash.js):
 * PBKDF2-SHA256, 600,000 iterations, 32 bytes. Payload answers an unknown email at once but hashes
 * the password of a known one (about 200 ms): the difference told whether an account exists.
 */
const ITERATIONS = 600_000
const KEY_LENGTH = 32

/** The same hash work Payload does for a known account, for an email that has none; the result is discarded. */
export async function hashAsForAnAccount(password: string): Promise<void> {
  const salt = crypto.randomBytes(32).toString('hex')
  await new Promise<void>((resolve, reject) => crypto.pbkdf2(password, salt, ITERATIONS, KEY_LENGTH, 'sha256', (error) => (error ? reject(error) : resolve())))
}
