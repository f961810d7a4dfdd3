import { splitAddresses } from '@/features/alerting/lib/channels/settings'
import { decryptSecret } from '@/lib/crypto/secrets'
import type { AlertChannel } from '@/payload-types'

/** A channel's settings with its secrets decrypted: what a sender needs, built on the server only, never returned. */
export type ChannelTarget =
  | { kind: 'webhook'; url: string; secret: string }
  | { kind: 'slack'; url: string }
  | { kind: 'email'; host: string; port: number; secure: boolean; username?: string; password?: string; from: string; to: string[] }
  | { kind: 'alertmanager'; url: string; username?: string; password?: string }

/** The stored channel as the delivery reads it (overrideAccess, hidden fields included). */
export type StoredChannel = Pick<AlertChannel, 'id' | 'kind'> &
  Partial<
    Pick<
      AlertChannel,
      | 'webhookUrl'
      | 'webhookSecretEncrypted'
      | 'slackWebhookUrlEncrypted'
      | 'smtpHost'
      | 'smtpPort'
      | 'smtpSecure'
      | 'smtpUsername'
      | 'smtpPasswordEncrypted'
      | 'emailFrom'
      | 'emailTo'
      | 'alertmanagerUrl'
      | 'alertmanagerUsername'
      | 'alertmanagerPasswordEncrypted'
    >
  >

export class ChannelSettingsError extends Error {
  override name = 'ChannelSettingsError'
}

function required(value: string | null | undefined, what: string): string {
  if (!value) throw new ChannelSettingsError(`the channel has no ${what}`)
  return value
}

const optional = (value: string | null | undefined) => value || undefined
const secret = (stored: string | null | undefined, key: string) => (stored ? decryptSecret(stored, key) : undefined)

export function channelTarget(channel: StoredChannel, key: string): ChannelTarget {
  switch (channel.kind) {
    case 'webhook':
      return { kind: 'webhook', url: required(channel.webhookUrl, 'URL'), secret: required(secret(channel.webhookSecretEncrypted, key), 'signing secret') }
    case 'slack':
      return { kind: 'slack', url: required(secret(channel.slackWebhookUrlEncrypted, key), 'Slack webhook URL') }
    case 'email': {
      const to = splitAddresses(channel.emailTo)
      if (to.length === 0) throw new ChannelSettingsError('the channel has no recipient')
      return {
        kind: 'email',
        host: required(channel.smtpHost, 'SMTP host'),
        port: channel.smtpPort ?? (channel.smtpSecure ? 465 : 587),
        secure: Boolean(channel.smtpSecure),
        username: optional(channel.smtpUsername),
        password: secret(channel.smtpPasswordEncrypted, key),
        from: required(channel.emailFrom, 'sender address'),
        to,
      }
    }
    case 'alertmanager':
      return {
        kind: 'alertmanager',
        url: required(channel.alertmanagerUrl, 'Alertmanager URL'),
        username: optional(channel.alertmanagerUsername),
        password: secret(channel.alertmanagerPasswordEncrypted, key),
      }
  }
}
