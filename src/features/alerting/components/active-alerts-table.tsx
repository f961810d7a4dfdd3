import Link from 'next/link'

import { AlertCell, AlertRow, AlertTable } from '@/features/alerting/components/alert-table'

import { StatusBadge } from '@/components/badge'
import { Button } from '@/components/ui/button'
import type { AlertActions } from '@/features/alerting/components/alert-actions'
import { formatTime, STATUS_TONES } from '@/features/alerting/display'
import type { AlertState } from '@/payload-types'

/** Firing and pending alerts: since when, why, a link to the group or schema, and (for managers) silence and acknowledge. */
export function ActiveAlertsTable({ slug, alerts, canManage, actions }: { slug: string; alerts: AlertState[]; canManage: boolean; actions: AlertActions }) {
  if (alerts.length === 0)
    return (
      <p className="text-sm text-muted-foreground" data-testid="no-active-alerts">
        Nothing is firing.
      </p>
    )
  return (
    <AlertTable testId="active-alerts" headers={['Status', 'Target', 'Since', 'Reason', 'Silence / acknowledgement']}>
      {alerts.map((alert) => {
        const silenced = alert.silencedUntil && new Date(alert.silencedUntil) > new Date()
        return (
          <AlertRow key={alert.id}>
            <AlertCell>
              <StatusBadge tone={STATUS_TONES[alert.status]} label={alert.status} />
            </AlertCell>
            <AlertCell label="Target">
              <Link href={alert.targetPath} className="font-medium underline-offset-4 hover:underline">
                {alert.targetName}
              </Link>
              <div className="text-xs text-muted-foreground">{alert.clusterName}</div>
            </AlertCell>
            <AlertCell label="Since" className="whitespace-nowrap">
              {formatTime(alert.statusSince)}
            </AlertCell>
            <AlertCell label="Reason" wide>
              {alert.reason}
            </AlertCell>
            <AlertCell label="Silence / acknowledgement" wide>
              {silenced ? (
                <p className="text-xs">
                  Silenced until {formatTime(alert.silencedUntil)}
                  {alert.silenceComment ? `: ${alert.silenceComment}` : ''}
                </p>
              ) : null}
              {alert.acknowledgedAt ? <p className="text-xs">Acknowledged {formatTime(alert.acknowledgedAt)}</p> : null}
              {canManage ? (
                <div className="mt-1 flex flex-wrap gap-2">
                  <form action={actions.silence} className="flex flex-wrap gap-1">
                    <input type="hidden" name="slug" value={slug} />
                    <input type="hidden" name="id" value={alert.id} />
                    <select name="hours" defaultValue="1" aria-label="Silence for" className="h-8 rounded-md border bg-background px-1 text-xs">
                      <option value="1">1 h</option>
                      <option value="4">4 h</option>
                      <option value="24">24 h</option>
                      <option value="0">lift</option>
                    </select>
                    <input
                      name="comment"
                      placeholder="Why"
                      aria-label="Silence comment"
                      maxLength={200}
                      className="h-8 w-28 rounded-md border bg-background px-2 text-xs"
                    />
                    <Button size="sm" variant="outline" type="submit">
                      Silence
                    </Button>
                  </form>
                  {alert.status === 'firing' && !alert.acknowledgedAt ? (
                    <form action={actions.acknowledge}>
                      <input type="hidden" name="slug" value={slug} />
                      <input type="hidden" name="id" value={alert.id} />
                      <Button size="sm" variant="outline" type="submit">
                        Acknowledge
                      </Button>
                    </form>
                  ) : null}
                </div>
              ) : null}
            </AlertCell>
          </AlertRow>
        )
      })}
    </AlertTable>
  )
}
