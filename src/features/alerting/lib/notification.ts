/**
 * What the alert evaluation hands to the channels: one notification per change of an alert's
 * state (pending → firing, firing → resolved, a repeat after the rule's repeat interval) or a
 * "send a test" from the rules page. The evaluation (features/alerting) produces it; the channels
 * (features/alerting/channels) deliver it to every enabled channel of its workspace.
 */
export type AlertNotificationStatus = 'firing' | 'resolved' | 'test'

export type AlertSeverity = 'warning' | 'error'

/** What an alert is about; `path` is the product page (e.g. `/w/payments/groups/12`), never an absolute URL. */
export type AlertTarget = {
  kind: 'consumer-group' | 'schema-subject' | 'cluster'
  name: string
  clusterName: string
  path: string
}

export type AlertNotification = {
  /** Stable per (rule, target): the same alert across repeats, restarts and resolution. */
  fingerprint: string
  workspaceId: number | null
  ruleId: number | null
  ruleName: string
  status: AlertNotificationStatus
  severity: AlertSeverity
  target: AlertTarget
  /** One line a person reads first, e.g. "Falling behind: lag grew 40 % over 15 min on 3 of 6 partitions". */
  summary: string
  /** ISO 8601 times; `endsAt` only for resolved. */
  startsAt: string
  endsAt?: string
  /** Flat labels for Alertmanager and webhooks (alertname, workspace, cluster, group or subject, severity). */
  labels: Record<string, string>
}
