/**
 * Removes credentials from text that is stored or shown (sync errors, registry answers): the
 * userinfo of URLs, `Authorization` values and Basic/Bearer tokens, and base64 that decodes to
 * `user:password`. Pure; applied where errors are made (the registry client) and where they are
 * stored (sync runs, sync health).
 */
export const REDACTED = '[redacted]'

const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi
const AUTHORIZATION_VALUE = /(authorization\\?["']?\s*[:=]\s*\\?["']?)(?:(?:basic|bearer|digest)\s+)?[^\s"'\\,;}]+/gi
const SCHEME_TOKEN = /\b(basic|bearer)\s+[A-Za-z0-9._~+/=-]{6,}/gi
const BASE64 = /[A-Za-z0-9+/]{8,}={0,2}/g

export function scrubCredentials(text: string): string {
  return text
    .replace(URL_USERINFO, `$1${REDACTED}@`)
    .replace(AUTHORIZATION_VALUE, `$1${REDACTED}`)
    .replace(SCHEME_TOKEN, `$1 ${REDACTED}`)
    .replace(BASE64, (token) => (decodesToUserPassword(token) ? REDACTED : token))
}

function decodesToUserPassword(token: string): boolean {
  if (token.length % 4 === 1) return false
  const decoded = Buffer.from(token, 'base64').toString('latin1')
  return /^[\x21-\x7e]+:[\x20-\x7e]+$/.test(decoded) && !decoded.startsWith(':')
}
