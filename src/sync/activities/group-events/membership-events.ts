import type { Payload } from 'payload'

import { detectMembershipEvents, groupMemberSchema, parseStoredList, type GroupMember, type GroupObservation } from '@/features/consumer-groups/lib'
import { drizzleOf, sql, tableOf } from '@/sync/db/raw'

import { insertEvents, toEventRows } from '@/sync/activities/group-events/write-events'

/** What the consumer-group sync is about to write for one group (the fields of its row these events read). */
type SyncedGroup = Record<string, unknown>

const observed = (state: unknown, memberCount: unknown, members: readonly GroupMember[]): GroupObservation => ({
  state: typeof state === 'string' ? state : null,
  // A group the broker did not describe has no member count: its members are unknown, not none.
  members: memberCount === null || memberCount === undefined ? null : members,
})

/**
 * The consumer-group sync's timeline step, in two halves around its upsert: `membershipEvents`
 * reads the stored state and members of the cluster's groups before they are overwritten and
 * detects what changed (lib/group-events.ts); `write` appends the events once the new rows are
 * stored, so a failed upsert records nothing (the next cycle compares with the same stored state).
 * Groups seen for the first time have no events. Owner: the new row's workspace and virtual cluster.
 */
export async function membershipEvents(payload: Payload, clusterId: number, rows: readonly SyncedGroup[], now: Date) {
  const t = tableOf(payload, 'kafka_consumer_groups')
  const stored = await drizzleOf(payload)
    .select({ id: t.id, groupId: t.groupId, state: t.state, memberCount: t.memberCount, members: t.members })
    .from(t)
    .where(sql`${t.cluster} = ${clusterId}`)
  const byGroupId = new Map(stored.map((s) => [s.groupId, s]))
  const at = now.toISOString()
  const events = rows.flatMap((row) => {
    const before = byGroupId.get(row.groupId as string)
    if (!before) return []
    const previous = observed(before.state, before.memberCount, parseStoredList(groupMemberSchema, before.members).items)
    const next = observed(row.state, row.memberCount, (row.members as GroupMember[] | undefined) ?? [])
    const owner = {
      consumerGroup: before.id,
      cluster: clusterId,
      workspace: row.workspace as number | null,
      virtualCluster: row.virtualCluster as number | null,
    }
    return toEventRows(owner, detectMembershipEvents(previous, next), at)
  })
  return { events: events.length, write: () => insertEvents(payload, events) }
}
