/**
 * How a timeline event reads on screen: its label, tone and details in words. Pure and free of
 * React, shared by the events list and the chart's markers; values are plain strings (React escapes them).
 */
import type { Tone } from '@/features/consumer-groups/display'
import { formatCount } from '@/features/consumer-groups/display'
import type { GroupEvent, GroupEventKind } from '@/features/consumer-groups/lib'

/** An event as the group page shows it (a kafka-consumer-group-events row, time in epoch ms). */
export type TimelineEvent = GroupEvent & { id: number; time: number }

const KINDS: Record<GroupEventKind, { label: string; tone: Tone }> = {
  rebalance_started: { label: 'Rebalance started', tone: 'warn' },
  rebalance_completed: { label: 'Rebalance completed', tone: 'ok' },
  member_joined: { label: 'Member joined', tone: 'ok' },
  member_left: { label: 'Member left', tone: 'muted' },
  state_changed: { label: 'State changed', tone: 'muted' },
  group_emptied: { label: 'Group emptied', tone: 'warn' },
  offset_reset: { label: 'Offsets moved back', tone: 'err' },
}

export function eventKindDisplay(kind: GroupEventKind): { label: string; tone: Tone } {
  return KINDS[kind]
}

export const isMemberEvent = (e: Pick<TimelineEvent, 'kind'>) => e.kind === 'member_joined' || e.kind === 'member_left'

/** Where a member event's consumer runs, in words ("client billing", "host /10.0.0.7"): its details before the member id. */
export function memberWhere(e: TimelineEvent): string[] {
  return [e.clientId && `client ${e.clientId}`, e.host && `host ${e.host}`].filter((part): part is string => Boolean(part))
}

/** The details of an event in words: the member and where it runs, the states, or the partition's offsets. */
export function eventDetails(e: TimelineEvent): string {
  if (isMemberEvent(e)) return [...memberWhere(e), e.memberId && `member ${e.memberId}`].filter(Boolean).join(' · ')
  if (e.kind === 'offset_reset') {
    const where = e.topic === null ? 'a partition' : `${e.topic}-${e.partition ?? '?'}`
    return `${where}: committed offset ${formatCount(e.fromOffset)} → ${formatCount(e.toOffset)}`
  }
  return `${e.fromState ?? 'unknown'} → ${e.toState ?? 'unknown'}`
}

/** One line of the events list: an event, or the offset resets one poll saw on several partitions. */
export type TimelineRow = { key: string; time: number; kind: GroupEventKind; details: string[] }

/**
 * The list's rows, in the events' order (newest first): offset resets stored per partition are
 * shown as one row per poll (one reset of a 30-partition group is one thing that happened), with
 * a line per partition; every other event is its own row.
 */
export function timelineRows(events: readonly TimelineEvent[]): TimelineRow[] {
  const rows: TimelineRow[] = []
  for (const e of events) {
    const last = rows[rows.length - 1]
    if (e.kind === 'offset_reset' && last?.kind === 'offset_reset' && last.time === e.time) last.details.push(eventDetails(e))
    else rows.push({ key: String(e.id), time: e.time, kind: e.kind, details: [eventDetails(e)] })
  }
  return rows
}
