import type { ChannelKind } from '@/features/alerting/lib/channels/kinds'

/** A channel's fields as a form or API sends them (secrets as typed, or their stored `<name>Encrypted`). */
export type ChannelValues = Record<string, unknown>

export function splitAddresses(list: string | null | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
}

export function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

const EMAIL = /^[^\s@<>,]+@[^\s@<>,]+$/

/** A secret as it will be after a change: typed now, or kept from the stored document (unless "clear"). */
function hasSecret(change: ChannelValues, stored: ChannelValues | undefined, name: string): boolean {
  const typed = change[name]
  if (typeof typed === 'string' && typed !== '') return typed !== 'clear'
  return Boolean(change[`${name}Encrypted`] ?? stored?.[`${name}Encrypted`])
}

/** What a channel of its kind still lacks to send, after `change` is applied to `stored`: the first problem, or null. */
export function missingSetting(change: ChannelValues, stored?: ChannelValues): { path: string; message: string } | null {
  const v = { ...stored, ...change }
  switch (v.kind as ChannelKind) {
    case 'webhook':
      if (!isHttpUrl(v.webhookUrl)) return { path: 'webhookUrl', message: 'an http(s) URL' }
      return hasSecret(change, stored, 'webhookSecret') ? null : { path: 'webhookSecret', message: 'a signing secret' }
    case 'slack': {
      const typed = change.slackWebhookUrl
      if (typeof typed === 'string' && typed !== '' && typed !== 'clear' && !isHttpUrl(typed)) return { path: 'slackWebhookUrl', message: 'an http(s) URL' }
      return hasSecret(change, stored, 'slackWebhookUrl') ? null : { path: 'slackWebhookUrl', message: 'the incoming-webhook URL' }
    }
    case 'email': {
      if (typeof v.smtpHost !== 'string' || v.smtpHost.trim() === '') return { path: 'smtpHost', message: 'the SMTP host' }
      if (typeof v.emailFrom !== 'string' || !EMAIL.test(v.emailFrom)) return { path: 'emailFrom', message: 'a sender address' }
      const to = splitAddresses(typeof v.emailTo === 'string' ? v.emailTo : '')
      if (to.length === 0 || !to.every((a) => EMAIL.test(a))) return { path: 'emailTo', message: 'comma-separated recipient addresses' }
      return null
    }
    case 'alertmanager':
      return isHttpUrl(v.alertmanagerUrl) ? null : { path: 'alertmanagerUrl', message: 'an http(s) URL' }
    default:
      return { path: 'kind', message: 'a kind' }
  }
}
