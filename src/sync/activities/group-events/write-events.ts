import type { Payload } from 'payload'

import type { GroupEvent } from '@/features/consumer-groups/lib'
import { chunk } from '@/lib/chunk'
import { affectedRows, drizzleOf, sql, tableOf } from '@/sync/db/raw'
import type { RawRows } from '@/sync/db/tables'

const EVENTS = 'kafka_consumer_group_events'
/** Rows per insert: 18 columns each stays far below either dialect's bind-parameter limit. */
const ROWS_PER_INSERT = 500

/** Where an event belongs: the group row and its owner when the event was recorded. */
export type EventOwner = { consumerGroup: number; cluster: number; workspace: number | null; virtualCluster: number | null }

type EventRow = Omit<RawRows[typeof EVENTS], 'id'>

/** Events as kafka-consumer-group-events rows, all stamped `at` (the poll that saw them). */
export function toEventRows(owner: EventOwner, events: readonly GroupEvent[], at: string): EventRow[] {
  return events.map((e) => ({ ...owner, ...e, timestamp: at, updatedAt: at, createdAt: at }))
}

/** Appends event rows in bulk (events are rare: only what changed since the previous poll). */
export async function insertEvents(payload: Payload, rows: readonly EventRow[]): Promise<number> {
  if (rows.length === 0) return 0
  const t = tableOf(payload, EVENTS)
  for (const part of chunk([...rows], ROWS_PER_INSERT)) await drizzleOf(payload).insert(t).values(part)
  return rows.length
}

/** The retention of one cluster's events: everything older than `before` (ISO) is deleted. */
export async function deleteEventsBefore(payload: Payload, clusterId: number, before: string): Promise<number> {
  const t = tableOf(payload, EVENTS)
  return affectedRows(
    await drizzleOf(payload)
      .delete(t)
      .where(sql`${t.cluster} = ${clusterId} AND ${t.timestamp} < ${before}`),
  )
}
