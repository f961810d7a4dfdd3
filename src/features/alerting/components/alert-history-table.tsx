import Link from 'next/link'

import { AlertTable } from '@/features/alerting/components/alert-table'

import { StatusBadge } from '@/components/badge'
import { formatTime, STATUS_TONES } from '@/features/alerting/display'
import type { AlertEvent } from '@/payload-types'

/** The latest transitions, newest first, and whether the channels were told. */
export function AlertHistoryTable({ events }: { events: AlertEvent[] }) {
  if (events.length === 0) return <p className="text-sm text-muted-foreground">No transitions yet.</p>
  return (
    <AlertTable testId="alert-history" headers={['At', 'Target', 'Transition', 'Reason', 'Notified']}>
      {events.map((event) => (
        <tr key={event.id} className="border-t align-top">
          <td className="px-3 py-2 whitespace-nowrap">{formatTime(event.at)}</td>
          <td className="px-3 py-2">
            <Link href={event.targetPath} className="underline-offset-4 hover:underline">
              {event.targetName}
            </Link>
          </td>
          <td className="px-3 py-2 whitespace-nowrap">
            {event.fromStatus ?? 'new'} → <StatusBadge tone={STATUS_TONES[event.toStatus]} label={event.toStatus} />
          </td>
          <td className="px-3 py-2">{event.reason}</td>
          <td className="px-3 py-2">{event.notified ? 'yes' : 'no'}</td>
        </tr>
      ))}
    </AlertTable>
  )
}
