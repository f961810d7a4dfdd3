import nodemailer from 'nodemailer'

import type { AlertNotification } from '@/features/alerting/notification'
import { alertmanagerAlerts, emailMessage, slackMessage, webhookBody } from '@/features/alerting/channels/messages'
import type { ChannelTarget } from '@/features/alerting/channels/target'
import { privateAddressProblem } from '@/lib/network/private-address'
import { SIGNATURE_HEADER, signatureHeader } from '@/features/alerting/channels/webhook-signature'

/** How one attempt went. `retryable`: worth another attempt later (network, timeouts, 408/429/5xx, SMTP 4xx). */
export type SendOutcome = { ok: true; code: number | null } | { ok: false; code: number | null; error: string; retryable: boolean }

/** `allowPrivateUrls`: ORBIT_ALERT_ALLOW_PRIVATE_URLS; otherwise a target resolving to a private address is refused. */
export type SendOptions = { baseUrl: string; now: Date; timeoutMs: number; allowPrivateUrls: boolean }

const USER_AGENT = 'Orbit-Alerts/1'

/** Sends one notification to one channel, once. Never throws: the outcome carries the error (without response bodies, which may echo secrets). */
export async function sendNotification(target: ChannelTarget, notification: AlertNotification, options: SendOptions): Promise<SendOutcome> {
  try {
    if (!options.allowPrivateUrls) {
      const problem = await privateAddressProblem(target.kind === 'email' ? target.host : target.url)
      if (problem) return { ok: false, code: null, error: `Refused: ${problem}`, retryable: false }
    }
    switch (target.kind) {
      case 'webhook': {
        const body = webhookBody(notification, options.baseUrl)
        return await post(target.url, body, { [SIGNATURE_HEADER]: signatureHeader(target.secret, body, options.now) }, options)
      }
      case 'slack':
        return await post(target.url, JSON.stringify(slackMessage(notification, options.baseUrl)), {}, options)
      case 'alertmanager': {
        const auth: Record<string, string> = target.username
          ? { Authorization: `Basic ${Buffer.from(`${target.username}:${target.password ?? ''}`).toString('base64')}` }
          : {}
        const url = new URL('api/v2/alerts', target.url.endsWith('/') ? target.url : `${target.url}/`).toString()
        return await post(url, JSON.stringify(alertmanagerAlerts(notification, options.baseUrl, options.now)), auth, options)
      }
      case 'email':
        return await sendMail(target, notification, options)
    }
  } catch (error) {
    return { ok: false, code: null, error: describe(error), retryable: true }
  }
}

async function post(url: string, body: string, headers: Record<string, string>, options: SendOptions): Promise<SendOutcome> {
  const response = await fetch(url, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json', 'User-Agent': USER_AGENT, ...headers },
    // A redirect is an answer, not an invitation to post the alert (and its signature) elsewhere.
    redirect: 'manual',
    signal: AbortSignal.timeout(options.timeoutMs),
  })
  await response.body?.cancel()
  if (response.ok) return { ok: true, code: response.status }
  const retryable = response.status === 408 || response.status === 429 || response.status >= 500
  return { ok: false, code: response.status, error: `HTTP ${response.status} ${response.statusText}`.trim(), retryable }
}

async function sendMail(target: Extract<ChannelTarget, { kind: 'email' }>, notification: AlertNotification, options: SendOptions): Promise<SendOutcome> {
  const transport = nodemailer.createTransport({
    host: target.host,
    port: target.port,
    secure: target.secure,
    auth: target.username ? { user: target.username, pass: target.password ?? '' } : undefined,
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: options.timeoutMs,
  })
  try {
    const message = emailMessage(notification, options.baseUrl)
    const info = await transport.sendMail({ from: target.from, to: target.to, ...message })
    return { ok: true, code: smtpCode(info.response) }
  } catch (error) {
    const code = (error as { responseCode?: number }).responseCode ?? null
    return { ok: false, code, error: describe(error), retryable: code === null || code < 500 }
  } finally {
    transport.close()
  }
}

function smtpCode(response: string | undefined): number | null {
  const code = Number(response?.slice(0, 3))
  return Number.isInteger(code) && code > 0 ? code : null
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = (error as { cause?: unknown }).cause
  const detail = cause instanceof Error ? `: ${cause.message}` : ''
  return `${error.message}${detail}`.slice(0, 500)
}
