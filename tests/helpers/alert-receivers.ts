import { createHmac } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { peers, smtpMessagesDir } from '@tests/helpers/peers'

/**
 * What the alert channels' real receivers got: the webhook signature as a receiver checks it, the
 * mails the SMTP peer captured, the alerts Alertmanager lists.
 */

/** The receiver's own check of the Orbit-Signature header: HMAC-SHA256 over "<t>.<raw body>", as the README documents it. */
export function signatureValid(header: string, body: string, secret: string): boolean {
  const fields = Object.fromEntries(header.split(',').map((kv) => kv.split('=')))
  const expected = createHmac('sha256', secret).update(`${fields.t}.${body}`).digest('hex')
  return fields.v1 === expected && Math.abs(Date.now() / 1000 - Number(fields.t)) < 300
}

export type CapturedMail = { rcptTos: string[]; subject: string; text: string; html: string; from: string }

/** Every mail the SMTP peer received for `recipient`. */
export function mailsTo(recipient: string): CapturedMail[] {
  return readdirSync(smtpMessagesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(smtpMessagesDir, file), 'utf8')) as CapturedMail)
    .filter((mail) => mail.rcptTos.includes(recipient))
}

export type ListedAlert = { labels: Record<string, string>; annotations: Record<string, string>; generatorURL: string; status: { state: string } }

/** The alerts Alertmanager lists (active ones) matching a label matcher such as `group="x"`. */
export async function alertmanagerAlerts(matcher: string): Promise<ListedAlert[]> {
  const response = await fetch(`${peers.alertmanagerUrl}/api/v2/alerts?filter=${encodeURIComponent(matcher)}`)
  return (await response.json()) as ListedAlert[]
}

/** Polls `read` until it returns a value, for what arrives asynchronously (a captured mail). */
export async function waitUntil<T>(read: () => T | undefined, what: string, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = read()
    if (value !== undefined) return value
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
