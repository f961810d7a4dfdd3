import { describe, expect, it } from 'vitest'

import { detectMembershipEvents, detectOffsetResets, lastCommitMovedAt, type GroupMember, type WindowSlot } from '@/features/consumer-groups/lib'

const member = (memberId: string, clientId = `client-${memberId}`, host = `/10.0.0.${memberId.length}`): GroupMember => ({
  memberId,
  clientId,
  host,
  assignments: [],
})
const NONE = { memberId: null, clientId: null, host: null, fromState: null, toState: null, topic: null, partition: null, fromOffset: null, toOffset: null }

describe('detectMembershipEvents', () => {
  it('a group seen for the first time has no events', () => {
    expect(detectMembershipEvents(undefined, { state: 'Stable', members: [member('a')] })).toEqual([])
  })

  it('an unchanged group has no events', () => {
    expect(detectMembershipEvents({ state: 'Stable', members: [member('a')] }, { state: 'Stable', members: [member('a')] })).toEqual([])
  })

  it('Stable -> PreparingRebalance is a rebalance started; CompletingRebalance -> Stable a rebalance completed', () => {
    expect(detectMembershipEvents({ state: 'Stable', members: null }, { state: 'PreparingRebalance', members: null })).toEqual([
      { ...NONE, kind: 'rebalance_started', fromState: 'Stable', toState: 'PreparingRebalance' },
    ])
    expect(detectMembershipEvents({ state: 'CompletingRebalance', members: null }, { state: 'Stable', members: null })).toEqual([
      { ...NONE, kind: 'rebalance_completed', fromState: 'CompletingRebalance', toState: 'Stable' },
    ])
  })

  it('between two rebalancing states is a state change, not a second start', () => {
    expect(detectMembershipEvents({ state: 'PreparingRebalance', members: null }, { state: 'CompletingRebalance', members: null })).toEqual([
      { ...NONE, kind: 'state_changed', fromState: 'PreparingRebalance', toState: 'CompletingRebalance' },
    ])
  })

  it('the last member leaving: the group emptied, and the member left with its client and host', () => {
    const events = detectMembershipEvents({ state: 'Stable', members: [member('m-1', 'billing', '/10.1.2.3')] }, { state: 'Empty', members: [] })
    expect(events).toEqual([
      { ...NONE, kind: 'group_emptied', fromState: 'Stable', toState: 'Empty' },
      { ...NONE, kind: 'member_left', memberId: 'm-1', clientId: 'billing', host: '/10.1.2.3' },
    ])
  })

  it('members that joined and left by member id (a restarted consumer is a new member)', () => {
    const events = detectMembershipEvents({ state: 'Stable', members: [member('a'), member('b')] }, { state: 'Stable', members: [member('b'), member('c')] })
    expect(events.map((e) => [e.kind, e.memberId])).toEqual([
      ['member_joined', 'c'],
      ['member_left', 'a'],
    ])
  })

  it('Empty -> Stable is a state change; unknown members (not described) give no member events', () => {
    expect(detectMembershipEvents({ state: 'Empty', members: null }, { state: 'Stable', members: [member('a')] })).toEqual([
      { ...NONE, kind: 'state_changed', fromState: 'Empty', toState: 'Stable' },
    ])
  })
})

const slot = (offset: number, timestamp: number): WindowSlot => ({ offset, timestamp, lag: 0 })

describe('detectOffsetResets', () => {
  const now = 10_000

  it('a commit lower than the previous poll is a reset, with both offsets', () => {
    expect(detectOffsetResets([{ topic: 'orders', partition: 2, slots: [slot(500, 5_000), slot(120, now)] }], now)).toEqual([
      { ...NONE, kind: 'offset_reset', topic: 'orders', partition: 2, fromOffset: 500, toOffset: 120 },
    ])
  })

  it('moving forward, staying, a first commit or a slot from an earlier poll are no reset', () => {
    expect(
      detectOffsetResets(
        [
          { topic: 't', partition: 0, slots: [slot(100, 5_000), slot(150, now)] },
          { topic: 't', partition: 1, slots: [slot(100, 5_000), slot(100, now)] },
          { topic: 't', partition: 2, slots: [slot(40, now)] },
          { topic: 't', partition: 3, slots: [slot(100, 1_000), slot(50, 5_000)] },
        ],
        now,
      ),
    ).toEqual([])
  })
})

describe('lastCommitMovedAt', () => {
  it('the newest poll at which any partition offset changed', () => {
    expect(
      lastCommitMovedAt([
        [slot(10, 1_000), slot(20, 2_000), slot(20, 3_000)],
        [slot(5, 1_000), slot(7, 2_500)],
      ]),
    ).toBe(2_500)
  })

  it('null when no offset moved since monitoring began (the first slot is not a known commit time)', () => {
    expect(lastCommitMovedAt([[slot(10, 1_000)], [slot(3, 1_000), slot(3, 2_000)], []])).toBeNull()
  })
})
