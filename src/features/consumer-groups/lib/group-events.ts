/**
 * The group's own timeline: what changed between two observations of a group, as events. Pure:
 * the consumer-group sync compares the stored state and members with the new describe result,
 * the lag check compares each partition's Burrow window before and after this poll.
 *
 * Between two polls a group may have rebalanced more than once; only what the two observations
 * differ in is recorded (a join and a leave in between cancel out).
 */
import { REBALANCING_STATES } from '@/features/consumer-groups/lib/types'
import type { GroupMember, WindowSlot } from '@/features/consumer-groups/lib/stored-shapes'

export const GROUP_EVENT_KINDS = [
  'rebalance_started',
  'rebalance_completed',
  'member_joined',
  'member_left',
  'state_changed',
  'group_emptied',
  'offset_reset',
] as const
export type GroupEventKind = (typeof GROUP_EVENT_KINDS)[number]

/** One event; the fields a kind does not use are null (member fields for joins and leaves, states for state kinds, offsets for resets). */
export type GroupEvent = {
  kind: GroupEventKind
  memberId: string | null
  clientId: string | null
  host: string | null
  fromState: string | null
  toState: string | null
  topic: string | null
  partition: number | null
  fromOffset: number | null
  toOffset: number | null
}

/** A group as observed once: its state, and its members (null when the broker was not asked or did not describe it). */
export type GroupObservation = { state: string | null; members: readonly GroupMember[] | null }

const NONE = { memberId: null, clientId: null, host: null, fromState: null, toState: null, topic: null, partition: null, fromOffset: null, toOffset: null }

const isRebalancing = (state: string | null) => state !== null && (REBALANCING_STATES as readonly string[]).includes(state)

/**
 * Events between the stored observation and the new one: the state transition (rebalance
 * started when entering a rebalancing state, completed when leaving one for Stable, emptied when
 * the group becomes Empty, any other change as state_changed), then members that joined and left
 * (by member id; only when both observations know their members). A group seen for the first time
 * has no events: there is nothing to compare with.
 */
export function detectMembershipEvents(previous: GroupObservation | undefined, next: GroupObservation): GroupEvent[] {
  if (!previous) return []
  const events: GroupEvent[] = []
  const from = previous.state
  const to = next.state
  if (from !== to && to !== null) {
    const kind: GroupEventKind =
      to === 'Empty'
        ? 'group_emptied'
        : isRebalancing(to) && !isRebalancing(from)
          ? 'rebalance_started'
          : isRebalancing(from) && to === 'Stable'
            ? 'rebalance_completed'
            : 'state_changed'
    events.push({ ...NONE, kind, fromState: from, toState: to })
  }
  if (previous.members && next.members) {
    const before = new Set(previous.members.map((m) => m.memberId))
    const after = new Set(next.members.map((m) => m.memberId))
    const member = (kind: GroupEventKind, m: GroupMember): GroupEvent => ({ ...NONE, kind, memberId: m.memberId, clientId: m.clientId, host: m.host })
    for (const m of next.members) if (!before.has(m.memberId)) events.push(member('member_joined', m))
    for (const m of previous.members) if (!after.has(m.memberId)) events.push(member('member_left', m))
  }
  return events
}

/** A partition's Burrow window after this poll (its slots oldest first). */
export type PartitionWindow = { topic: string; partition: number; slots: readonly WindowSlot[] }

/**
 * Offsets reset or jumping backwards: a partition whose window gained a slot at this poll (`now`)
 * with a committed offset lower than the slot before it, i.e. lower than the previous poll's.
 * (A window only gains a slot when the offset changed or a member is active, so the slot before
 * is the last committed offset seen.)
 */
export function detectOffsetResets(windows: readonly PartitionWindow[], now: number): GroupEvent[] {
  const events: GroupEvent[] = []
  for (const { topic, partition, slots } of windows) {
    const last = slots[slots.length - 1]
    const before = slots[slots.length - 2]
    if (!last || !before || last.timestamp !== now || last.offset >= before.offset) continue
    events.push({ ...NONE, kind: 'offset_reset', topic, partition, fromOffset: before.offset, toOffset: last.offset })
  }
  return events
}

/**
 * When the group's committed offsets last moved, epoch ms, from its partitions' windows: the
 * newest slot whose offset differs from the slot before it. Kafka does not report commit times,
 * so this is the poll that first saw the new offset (at most one interval late). For a group
 * without members every slot is such a change, so the window always holds it; null when no
 * partition's offset moved since monitoring began.
 */
export function lastCommitMovedAt(windows: readonly (readonly WindowSlot[])[]): number | null {
  let latest: number | null = null
  for (const slots of windows) {
    for (let i = slots.length - 1; i >= 1; i--) {
      if (slots[i]!.offset === slots[i - 1]!.offset) continue
      if (latest === null || slots[i]!.timestamp > latest) latest = slots[i]!.timestamp
      break
    }
  }
  return latest
}
