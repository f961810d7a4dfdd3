import Link from 'next/link'

import { Button } from '@/components/ui/button'
import type { AlertActions } from '@/features/alerting/components/alert-actions'
import { ActiveAlertsTable } from '@/features/alerting/components/active-alerts-table'
import { AlertHistoryTable } from '@/features/alerting/components/alert-history-table'
import { ActionMessage } from '@/features/alerting/components/alert-table'
import { AlertRulesTable } from '@/features/alerting/components/alert-rules-table'
import type { WorkspaceAlerts } from '@/features/alerting/queries'
import { paths } from '@/lib/paths'

/** A workspace's alerting: what fires now, its rules, the latest transitions. */
export function AlertsPage({
  slug,
  alerts,
  actions,
  notice,
  error,
}: {
  slug: string
  alerts: WorkspaceAlerts
  actions: AlertActions
  notice?: string
  error?: string
}) {
  const firing = alerts.active.filter((a) => a.status === 'firing').length
  return (
    <section className="grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Alerts</h1>
          <p className="text-muted-foreground" data-testid="alert-summary">
            {firing} firing · {alerts.active.length - firing} pending · {alerts.rules.length} rule{alerts.rules.length === 1 ? '' : 's'}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="outline">
            <Link href={paths.workspaceAlertChannels(slug)}>Channels</Link>
          </Button>
          {alerts.canManage ? (
            <Button asChild>
              <Link href={paths.workspaceNewAlertRule(slug)}>New rule</Link>
            </Button>
          ) : null}
        </div>
      </div>
      <ActionMessage tone="notice" text={notice} />
      <ActionMessage tone="error" text={error} />
      <TitledPart id="active-heading" title="Firing and pending">
        <ActiveAlertsTable slug={slug} alerts={alerts.active} canManage={alerts.canManage} actions={actions} />
      </TitledPart>
      <TitledPart id="rules-heading" title="Rules">
        <AlertRulesTable slug={slug} rules={alerts.rules} canManage={alerts.canManage} actions={actions} />
      </TitledPart>
      <TitledPart id="history-heading" title="History">
        <AlertHistoryTable events={alerts.history} />
      </TitledPart>
    </section>
  )
}

/** A part of the page under its own heading (the heading names the part for screen readers). */
function TitledPart({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="grid gap-3" aria-labelledby={id}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  )
}
