import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Webhook signatures, in the style of Stripe's: the header
 *   Orbit-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the channel's secret>
 * A receiver recomputes v1 over the raw body it received, compares in constant time and refuses
 * a timestamp older than its tolerance (replays).
 */
export const SIGNATURE_HEADER = 'Orbit-Signature'
export const DEFAULT_TOLERANCE_SECONDS = 300

export function signatureOf(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
}

export function signatureHeader(secret: string, body: string, now: Date): string {
  const t = Math.floor(now.getTime() / 1000)
  return `t=${t},v1=${signatureOf(secret, t, body)}`
}

/** Whether a header signs this body with this secret within the tolerance (what a receiver runs). */
export function verifySignature(secret: string, header: string, body: string, now: Date, toleranceSeconds = DEFAULT_TOLERANCE_SECONDS): boolean {
  const parts = new Map(header.split(',').map((part) => part.trim().split('=', 2) as [string, string]))
  const t = Number(parts.get('t'))
  const given = parts.get('v1') ?? ''
  if (!Number.isInteger(t) || Math.abs(now.getTime() / 1000 - t) > toleranceSeconds) return false
  const expected = Buffer.from(signatureOf(secret, t, body), 'hex')
  const actual = Buffer.from(given, 'hex')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
