import { describe, expect, it } from 'vitest'

import { missingSetting } from '@/features/alerting/lib/channels/settings'

describe('what a channel needs to send', () => {
  it('a webhook: an http(s) URL and a signing secret, typed now or already stored', () => {
    expect(missingSetting({ kind: 'webhook', webhookUrl: 'ftp://x', webhookSecret: 's' })).toEqual({ path: 'webhookUrl', message: 'an http(s) URL' })
    expect(missingSetting({ kind: 'webhook', webhookUrl: 'https://x' })).toEqual({ path: 'webhookSecret', message: 'a signing secret' })
    expect(missingSetting({ kind: 'webhook', webhookUrl: 'https://x', webhookSecret: 's' })).toBeNull()
    expect(missingSetting({ name: 'renamed' }, { kind: 'webhook', webhookUrl: 'https://x', webhookSecretEncrypted: 'enc:v1:…' })).toBeNull()
    expect(missingSetting({ webhookSecret: 'clear' }, { kind: 'webhook', webhookUrl: 'https://x', webhookSecretEncrypted: 'enc:v1:…' })).toEqual({
      path: 'webhookSecret',
      message: 'a signing secret',
    })
  })

  it('email: host, sender and every recipient an address', () => {
    const mail = { kind: 'email', smtpHost: 'smtp.example.com', emailFrom: 'orbit@example.com' }
    expect(missingSetting({ ...mail, emailTo: 'a@example.com, b@example.com' })).toBeNull()
    expect(missingSetting({ ...mail, emailTo: 'a@example.com, not-an-address' })).toEqual({ path: 'emailTo', message: 'comma-separated recipient addresses' })
    expect(missingSetting({ ...mail, smtpHost: ' ', emailTo: 'a@example.com' })).toEqual({ path: 'smtpHost', message: 'the SMTP host' })
  })

  it('Slack: the URL (a secret); Alertmanager: its base URL', () => {
    expect(missingSetting({ kind: 'slack' })).toEqual({ path: 'slackWebhookUrl', message: 'the incoming-webhook URL' })
    expect(missingSetting({ kind: 'slack', slackWebhookUrl: 'https://hooks.slack.com/services/x' })).toBeNull()
    expect(missingSetting({ kind: 'alertmanager', alertmanagerUrl: 'http://am:9093' })).toBeNull()
  })
})
