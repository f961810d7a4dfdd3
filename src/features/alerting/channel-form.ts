import { z } from 'zod'

import type { ChannelKind } from '@/features/alerting/lib/channels/kinds'

/**
 * The channels page's form: per kind the settings a person fills in, and their parsing from the
 * posted form. Secrets are write-only: the form never shows them; an empty secret keeps the
 * stored one (collections/fields/secret.ts).
 */
export type ChannelFieldType = 'text' | 'url' | 'number' | 'checkbox' | 'secret'
export type ChannelField = { name: string; label: string; type: ChannelFieldType; hint?: string }

export const CHANNEL_KIND_LABELS: Record<ChannelKind, string> = {
  webhook: 'Webhook (signed JSON)',
  slack: 'Slack incoming webhook',
  email: 'Email (SMTP)',
  alertmanager: 'Prometheus Alertmanager',
}

export const CHANNEL_FIELDS: Record<ChannelKind, readonly ChannelField[]> = {
  webhook: [
    { name: 'webhookUrl', label: 'URL', type: 'url', hint: 'Orbit POSTs each notification as JSON to this address' },
    { name: 'webhookSecret', label: 'Signing secret', type: 'secret', hint: 'Signs every body (Orbit-Signature header); your receiver checks it' },
  ],
  slack: [{ name: 'slackWebhookUrl', label: 'Incoming-webhook URL', type: 'secret', hint: 'https://hooks.slack.com/services/…' }],
  email: [
    { name: 'emailTo', label: 'To', type: 'text', hint: 'Comma-separated addresses' },
    { name: 'emailFrom', label: 'From', type: 'text' },
    { name: 'smtpHost', label: 'SMTP host', type: 'text' },
    { name: 'smtpPort', label: 'SMTP port', type: 'number', hint: 'Usually 587 (STARTTLS) or 465 (TLS)' },
    { name: 'smtpSecure', label: 'TLS from the first byte (port 465)', type: 'checkbox' },
    { name: 'smtpUsername', label: 'SMTP user', type: 'text', hint: 'Optional' },
    { name: 'smtpPassword', label: 'SMTP password', type: 'secret', hint: 'Optional' },
  ],
  alertmanager: [
    { name: 'alertmanagerUrl', label: 'Alertmanager URL', type: 'url', hint: 'Its base address, e.g. http://alertmanager:9093' },
    { name: 'alertmanagerUsername', label: 'Basic auth user', type: 'text', hint: 'Optional' },
    { name: 'alertmanagerPassword', label: 'Basic auth password', type: 'secret', hint: 'Optional' },
  ],
}

export type ChannelFormValues = { name: string; enabled: boolean } & Record<string, string | number | boolean | null>

const text = z.string().trim().max(2_000)

/** The posted form as the collection's data for a channel of `kind`; only that kind's settings, secrets only when typed. */
export function parseChannelForm(form: FormData, kind: ChannelKind): { ok: true; value: ChannelFormValues } | { ok: false; error: string } {
  const name = text.safeParse(form.get('name') ?? '')
  if (!name.success || name.data === '') return { ok: false, error: 'A channel needs a name' }
  const value: ChannelFormValues = { name: name.data.slice(0, 200), enabled: form.get('enabled') === 'on' }
  for (const field of CHANNEL_FIELDS[kind]) {
    const raw = form.get(field.name)
    if (field.type === 'checkbox') {
      value[field.name] = raw === 'on'
      continue
    }
    const parsed = text.safeParse(raw ?? '')
    if (!parsed.success) return { ok: false, error: `${field.label}: too long` }
    if (field.type === 'secret') {
      if (parsed.data !== '') value[field.name] = parsed.data
    } else if (field.type === 'number') {
      const port = z.coerce.number().int().min(1).max(65_535).safeParse(parsed.data)
      if (parsed.data !== '' && !port.success) return { ok: false, error: `${field.label}: a whole number from 1 to 65535` }
      value[field.name] = parsed.data === '' ? null : port.data!
    } else {
      value[field.name] = parsed.data === '' ? null : parsed.data
    }
  }
  return { ok: true, value }
}
