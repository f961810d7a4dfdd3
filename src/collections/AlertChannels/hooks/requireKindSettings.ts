import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import type { ChannelKind } from '@/features/alerting/channels/kinds'
import { splitAddresses } from '@/features/alerting/channels/target'

type Values = Record<string, unknown>

const isHttpUrl = (value: unknown) => {
  if (typeof value !== 'string') return false
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}
const EMAIL = /^[^\s@<>,]+@[^\s@<>,]+$/

/** A secret as it will be after this change: typed now, or kept from the stored document (unless "clear"). */
function hasSecret(data: Values, original: Values | undefined, name: string): boolean {
  const typed = data[name]
  if (typeof typed === 'string' && typed !== '') return typed !== 'clear'
  return Boolean(data[`${name}Encrypted`] ?? original?.[`${name}Encrypted`])
}

/** What each kind needs before it can send; the first problem, or null. */
function problemOf(kind: ChannelKind, v: Values, data: Values, original: Values | undefined): { path: string; message: string } | null {
  switch (kind) {
    case 'webhook':
      if (!isHttpUrl(v.webhookUrl)) return { path: 'webhookUrl', message: 'an http(s) URL' }
      if (!hasSecret(data, original, 'webhookSecret')) return { path: 'webhookSecret', message: 'a signing secret' }
      return null
    case 'slack': {
      const typed = data.slackWebhookUrl
      if (typeof typed === 'string' && typed !== '' && typed !== 'clear' && !isHttpUrl(typed)) return { path: 'slackWebhookUrl', message: 'an http(s) URL' }
      return hasSecret(data, original, 'slackWebhookUrl') ? null : { path: 'slackWebhookUrl', message: 'the incoming-webhook URL' }
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
  }
}

/** A channel is saved only with the settings its kind needs to send (the stored secret counts; its value is never read here). */
export const requireKindSettings: CollectionBeforeChangeHook = ({ data, originalDoc, collection }) => {
  const original = originalDoc as Values | undefined
  const values = { ...original, ...data } as Values
  const problem = problemOf(values.kind as ChannelKind, values, data as Values, original)
  if (problem) throw new ValidationError({ collection: collection.slug, errors: [{ path: problem.path, message: `This ${String(values.kind)} channel needs ${problem.message}` }] })
  return data
}
