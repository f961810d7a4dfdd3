import Link from 'next/link'

import { AlertCell, AlertRow, AlertTable } from '@/features/alerting/components/alert-table'

import { StatusBadge } from '@/components/badge'
import { formatTime, STATUS_TONES } from '@/features/alerting/display'
import type { AlertEvent } from '@/payload-types'

/** The latest transitions, newest first, and whether the channels were told. */
export function AlertHistoryTable({ events }: { events: AlertEvent[] }) {
  if (events.length === 0) return <p className="text-sm text-muted-foreground">No transitions yet.</p>
  return (
    <AlertTable testId="alert-history" headers={['At', 'Target', 'Transition', 'Reason', 'Notified']}>
      {events.map((event) => (
        <AlertRow key={event.id}>
          <AlertCell className="whitespace-nowrap">{formatTime(event.at)}</AlertCell>
          <AlertCell label="Target">
            <Link href={event.targetPath} className="underline-offset-4 hover:underline">
              {event.targetName}
            </Link>
          </AlertCell>
          <AlertCell label="Transition" className="whitespace-nowrap">
            {event.fromStatus ?? 'new'} → <StatusBadge tone={STATUS_TONES[event.toStatus]} label={event.toStatus} />
          </AlertCell>
          <AlertCell label="Reason" wide>
            {event.reason}
          </AlertCell>
          <AlertCell label="Notified">{event.notified ? 'yes' : 'no'}</AlertCell>
        </AlertRow>
      ))}
    </AlertTable>
  )
}
