import { describe, expect, it } from 'vitest'

import { alertmanagerAlerts, emailMessage, escapeSlack, webhookBody } from '@/features/alerting/channels/messages'
import type { AlertNotification } from '@/features/alerting/notification'

const notification: AlertNotification = {
  fingerprint: 'rule-7:group:payments-prod-orders',
  workspaceId: 3,
  ruleId: 7,
  ruleName: 'Orders lag',
  status: 'firing',
  severity: 'error',
  target: { kind: 'consumer-group', name: 'payments-prod-orders', clusterName: 'eu-1', path: '/w/payments/groups/12' },
  summary: 'Lag <above> 1000 & rising',
  startsAt: '2026-12-03T11:00:00.000Z',
  labels: { alertname: 'OrdersLag', 'orbit.workspace': 'payments', '1group': 'payments-prod-orders' },
}
const base = 'https://orbit.example.com'
const now = new Date('2026-12-03T12:00:00.000Z')

describe('channel messages', () => {
  it('the webhook body is the notification with the absolute link', () => {
    expect(JSON.parse(webhookBody(notification, base))).toEqual({ ...notification, url: 'https://orbit.example.com/w/payments/groups/12' })
  })

  it('Slack text escapes &, < and > only', () => {
    expect(escapeSlack('a <b> & "c"')).toBe('a &lt;b&gt; &amp; "c"')
  })

  it('a mail names status, rule and target in the subject and escapes the HTML body', () => {
    const mail = emailMessage(notification, base)
    expect(mail.subject).toBe('[FIRING] Orders lag: payments-prod-orders')
    expect(mail.text.split('\n')[0]).toBe('Lag <above> 1000 & rising')
    expect(mail.html).toContain('<p>Lag &lt;above&gt; 1000 &amp; rising</p>')
    expect(mail.html).not.toContain('<above>')
  })

  it('Alertmanager gets valid label names, a day-long hold while firing and the end time once resolved', () => {
    const [firing] = alertmanagerAlerts(notification, base, now)
    expect(firing).toEqual({
      labels: { alertname: 'OrdersLag', severity: 'error', orbit_workspace: 'payments', _1group: 'payments-prod-orders' },
      annotations: { summary: 'Lag <above> 1000 & rising', orbit_status: 'firing' },
      startsAt: '2026-12-03T11:00:00.000Z',
      endsAt: '2026-12-04T12:00:00.000Z',
      generatorURL: 'https://orbit.example.com/w/payments/groups/12',
    })
    const [resolved] = alertmanagerAlerts({ ...notification, status: 'resolved', endsAt: '2026-12-03T11:30:00.000Z' }, base, now)
    expect(resolved!.endsAt).toBe('2026-12-03T11:30:00.000Z')
  })
})
