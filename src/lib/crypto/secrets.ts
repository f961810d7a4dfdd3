import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

/** AES-256-GCM for secrets at rest. Stored form: `enc:v1:<iv>:<tag>:<ciphertext>` (base64 parts). */
const PREFIX = 'enc:v1:'

function keyFrom(secret: string): Buffer {
  const raw = Buffer.from(secret, 'base64')
  // A 32-byte base64 key is used as is; any other string is stretched with SHA-256.
  return raw.length === 32 ? raw : createHash('sha256').update(secret).digest()
}

export function isEncrypted(value: string): boolean {
  return value.startsWith(PREFIX)
}

export function encryptSecret(plaintext: string, secret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFrom(secret), iv)
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  const tag = cipher.getAuthTag()
  return PREFIX + [iv, tag, ciphertext].map((b) => b.toString('base64')).join(':')
}

export function decryptSecret(stored: string, secret: string): string {
  if (!isEncrypted(stored)) throw new Error('value is not an encrypted secret')
  const [iv, tag, ciphertext] = stored
    .slice(PREFIX.length)
    .split(':')
    .map((p) => Buffer.from(p, 'base64'))
  if (!iv || !tag || !ciphertext) throw new Error('malformed encrypted secret')
  const decipher = createDecipheriv('aes-256-gcm', keyFrom(secret), iv)
  decipher.setAuthTag(tag)
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8')
}
