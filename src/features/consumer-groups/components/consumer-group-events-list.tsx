import { StatusBadge } from '@/components/badge'
import { formatAgo } from '@/features/consumer-groups/display'
import { ShortId } from '@/components/short-id'
import { eventKindDisplay, isMemberEvent, memberWhere, timelineRows, type TimelineEvent } from '@/features/consumer-groups/event-display'

import { toBadgeTone } from '@/features/consumer-groups/components/group-badges'

const utc = (t: number) => new Date(t).toISOString().replace('T', ' ').slice(0, 19) + ' UTC'

/**
 * The group's timeline in the chart's range, newest first: when (relative, the UTC time on hover
 * and beside it), what, and the details (member, client and host; states; offsets). Everything
 * from Kafka is rendered as text. A list, not a table, so it reads the same at 390 px.
 */
export function ConsumerGroupEventsList({
  events,
  more,
  now,
  rangeLabel,
}: {
  events: readonly TimelineEvent[]
  more: boolean
  now: number
  rangeLabel: string
}) {
  if (events.length === 0) {
    return (
      <p data-testid="group-events-empty" className="rounded-md border border-dashed p-4 text-sm text-muted-foreground">
        No membership, state or offset changes in the last {rangeLabel}. Changes are recorded as the sync and lag check see them.
      </p>
    )
  }
  const byKey = new Map(events.map((e) => [String(e.id), e]))
  return (
    <div className="grid gap-2">
      <ol data-testid="group-events" className="divide-y rounded-xl border bg-card">
        {timelineRows(events).map((e) => {
          const { label, tone } = eventKindDisplay(e.kind)
          const iso = new Date(e.time).toISOString()
          // A member event's id is long: shown short with copy, like the members table.
          const raw = isMemberEvent(e) ? byKey.get(e.key) : undefined
          const member = raw?.memberId ? raw : undefined
          return (
            <li
              key={e.key}
              data-testid="group-event"
              data-kind={e.kind}
              className="grid gap-1 p-3 text-sm sm:grid-cols-[11rem_11rem_1fr] sm:items-baseline sm:gap-3"
            >
              <time dateTime={iso} title={utc(e.time)} className="tabular-nums">
                {formatAgo(iso, now)}
                <span className="block text-xs text-muted-foreground">{utc(e.time)}</span>
              </time>
              <span>
                <StatusBadge tone={toBadgeTone(tone)} label={label} />
              </span>
              <ul className="min-w-0 text-muted-foreground [overflow-wrap:anywhere]" data-testid="group-event-details">
                {member ? (
                  <li>
                    {[...memberWhere(member), 'member '].join(' · ')}
                    <ShortId id={member.memberId!} label="member ID" />
                  </li>
                ) : (
                  e.details.map((line, i) => <li key={i}>{line}</li>)
                )}
              </ul>
            </li>
          )
        })}
      </ol>
      {more ? <p className="text-xs text-muted-foreground">Showing the newest {events.length} events of this range.</p> : null}
    </div>
  )
}
