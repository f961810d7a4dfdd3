import type { AlertNotification } from '@/features/alerting/notification'

/**
 * What each kind of channel sends for a notification: pure, so every message is tested without a
 * network. `baseUrl` makes the notification's product path absolute (links in mail, Slack, Alertmanager).
 */

const STATUS_WORD = { firing: 'FIRING', resolved: 'RESOLVED', test: 'TEST' } as const

export function productUrl(notification: AlertNotification, baseUrl: string): string {
  return new URL(notification.target.path, baseUrl).toString()
}

function headline(n: AlertNotification): string {
  return `[${STATUS_WORD[n.status]}] ${n.ruleName}: ${n.target.name}`
}

/** The generic webhook's body: the notification itself plus the absolute link. */
export function webhookBody(notification: AlertNotification, baseUrl: string): string {
  return JSON.stringify({ ...notification, url: productUrl(notification, baseUrl) })
}

/** Slack's mrkdwn needs &, < and > escaped; everything else is literal. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A Slack-compatible incoming-webhook message: `text` for notifications and clients without blocks, blocks for the rest. */
export function slackMessage(n: AlertNotification, baseUrl: string) {
  const url = productUrl(n, baseUrl)
  return {
    text: `${headline(n)} (${n.summary})`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${escapeSlack(headline(n))}*\n${escapeSlack(n.summary)}` } },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: `${escapeSlack(n.severity)} · ${escapeSlack(n.target.kind)} on ${escapeSlack(n.target.clusterName)} · since ${escapeSlack(n.startsAt)}`,
          },
          { type: 'mrkdwn', text: `<${url}|Open in Orbit>` },
        ],
      },
    ],
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/** A mail: subject, plain text and the same as escaped HTML. */
export function emailMessage(n: AlertNotification, baseUrl: string) {
  const url = productUrl(n, baseUrl)
  const lines: [string, string][] = [
    ['Status', n.status],
    ['Severity', n.severity],
    ['Target', `${n.target.kind} ${n.target.name} on ${n.target.clusterName}`],
    ['Since', n.startsAt],
    ...(n.endsAt ? ([['Ended', n.endsAt]] as [string, string][]) : []),
  ]
  const text = [n.summary, '', ...lines.map(([k, v]) => `${k}: ${v}`), '', url, ''].join('\n')
  const rows = lines.map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')
  const html = `<p>${escapeHtml(n.summary)}</p><table>${rows}</table><p><a href="${escapeHtml(url)}">Open in Orbit</a></p>`
  return { subject: headline(n), text, html }
}

/** How long Alertmanager keeps a firing alert without a repeat (it resolves alerts that are not re-sent): a day; repeats refresh it, "resolved" ends it. */
export const ALERTMANAGER_FIRING_HOLD_MS = 24 * 3_600_000

/** Alertmanager label names are [a-zA-Z_][a-zA-Z0-9_]*. */
function labelName(name: string): string {
  const safe = name.replace(/[^a-zA-Z0-9_]/g, '_')
  return /^[a-zA-Z_]/.test(safe) ? safe : `_${safe}`
}

/** The body of Alertmanager's POST /api/v2/alerts for one notification. */
export function alertmanagerAlerts(n: AlertNotification, baseUrl: string, now: Date) {
  const labels = Object.fromEntries(Object.entries(n.labels).map(([k, v]) => [labelName(k), v]))
  const endsAt = n.status === 'resolved' ? (n.endsAt ?? now.toISOString()) : new Date(now.getTime() + ALERTMANAGER_FIRING_HOLD_MS).toISOString()
  return [
    {
      labels: { alertname: n.ruleName, severity: n.severity, ...labels },
      annotations: { summary: n.summary, orbit_status: n.status },
      startsAt: n.startsAt,
      endsAt,
      generatorURL: productUrl(n, baseUrl),
    },
  ]
}
