/**
 * Response headers against framing, MIME sniffing, referrer leaks and injected scripts. Pure:
 * next.config.ts sends the static ones on every response, src/proxy.ts the CSP with a fresh nonce.
 *
 * Scripts: a per-request nonce plus 'strict-dynamic' (Next puts the nonce on its own inline and
 * chunk scripts when the request carries the CSP; the scripts they load are trusted in turn).
 * Styles: 'unsafe-inline', which cannot be avoided: React and the Payload admin set style
 * attributes, which nonces do not cover. The admin's code and JSON fields load the Monaco editor
 * from cdn.jsdelivr.net (Payload's default), hence that host for styles, fonts and scripts.
 */
export const STATIC_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
]

const MONACO_CDN = 'https://cdn.jsdelivr.net'

export type CspOptions = { nonce: string; development: boolean }

export function contentSecurityPolicy({ nonce, development }: CspOptions): string {
  // Development: React's debugging needs eval, and hot reload a websocket.
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", MONACO_CDN, ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'", MONACO_CDN],
    'font-src': ["'self'", 'data:', MONACO_CDN],
    'img-src': ["'self'", 'data:', 'blob:'],
    'connect-src': ["'self'", ...(development ? ['ws:'] : [])],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

/** A fresh nonce: 16 random bytes, base64. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))
}
