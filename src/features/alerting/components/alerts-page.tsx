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
        {alerts.canManage ? (
          <Button asChild>
            <Link href={paths.workspaceNewAlertRule(slug)}>New rule</Link>
          </Button>
        ) : null}
      </div>
      <ActionMessage tone="notice" text={notice} />
      <ActionMessage tone="error" text={error} />
      <section className="grid gap-3" aria-labelledby="active-heading">
        <h2 id="active-heading" className="text-lg font-semibold">
          Firing and pending
        </h2>
        <ActiveAlertsTable slug={slug} alerts={alerts.active} canManage={alerts.canManage} actions={actions} />
      </section>
      <section className="grid gap-3" aria-labelledby="rules-heading">
        <h2 id="rules-heading" className="text-lg font-semibold">
          Rules
        </h2>
        <AlertRulesTable slug={slug} rules={alerts.rules} canManage={alerts.canManage} actions={actions} />
      </section>
      <section className="grid gap-3" aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        <AlertHistoryTable events={alerts.history} />
      </section>
    </section>
  )
}
