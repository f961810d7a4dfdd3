import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { ConsumerGroupEventsList } from '@/features/consumer-groups/components/consumer-group-events-list'
import { eventDetails, eventKindDisplay, timelineRows, type TimelineEvent } from '@/features/consumer-groups/event-display'
import { lastCommitOf } from '@/features/consumer-groups/rows'

const base: TimelineEvent = {
  id: 1,
  time: 0,
  kind: 'state_changed',
  memberId: null,
  clientId: null,
  host: null,
  fromState: null,
  toState: null,
  topic: null,
  partition: null,
  fromOffset: null,
  toOffset: null,
}

describe('timeline event display', () => {
  it('a member event names the client, host and member id', () => {
    expect(eventDetails({ ...base, kind: 'member_left', memberId: 'consumer-1-9f', clientId: 'billing', host: '/10.0.0.7' })).toBe(
      'client billing · host /10.0.0.7 · member consumer-1-9f',
    )
    expect(eventKindDisplay('member_left').label).toBe('Member left')
  })

  it('an offset reset names the partition and both offsets', () => {
    expect(eventDetails({ ...base, kind: 'offset_reset', topic: 'orders', partition: 3, fromOffset: 12500, toOffset: 0 })).toBe(
      'orders-3: committed offset 12,500 → 0',
    )
    expect(eventKindDisplay('offset_reset').tone).toBe('err')
  })

  it('a state change reads from → to', () => {
    expect(eventDetails({ ...base, kind: 'group_emptied', fromState: 'Stable', toState: 'Empty' })).toBe('Stable → Empty')
  })
})

describe('timelineRows', () => {
  it('one poll’s resets of several partitions are one row with a line per partition; other events stay apart', () => {
    const reset = (id: number, time: number, partition: number) => ({
      ...base,
      id,
      time,
      kind: 'offset_reset' as const,
      topic: 't',
      partition,
      fromOffset: 10,
      toOffset: 0,
    })
    const rows = timelineRows([reset(5, 2_000, 1), reset(4, 2_000, 0), reset(3, 1_000, 0), { ...base, id: 2, time: 1_000, kind: 'member_left', clientId: 'c' }])
    expect(rows).toEqual([
      { key: '5', time: 2_000, kind: 'offset_reset', details: ['t-1: committed offset 10 → 0', 't-0: committed offset 10 → 0'] },
      { key: '3', time: 1_000, kind: 'offset_reset', details: ['t-0: committed offset 10 → 0'] },
      { key: '2', time: 1_000, kind: 'member_left', details: ['client c'] },
    ])
  })
})

describe('ConsumerGroupEventsList', () => {
  it('shows a member event’s id short with copy, where it ran in words', () => {
    const member = 'billing-1-5c1a6b52-8d4e-4f0a-9b3c-0b7c2d93e1f4'
    const left: TimelineEvent = { ...base, id: 7, time: 60_000, kind: 'member_left', memberId: member, clientId: 'billing', host: '/10.0.0.7' }
    const html = renderToStaticMarkup(createElement(ConsumerGroupEventsList, { events: [left], more: false, now: left.time, rangeLabel: 'hour' }))
    expect(html).toContain('client billing · host /10.0.0.7 · member <span')
    expect(html).toContain('>billing-1-…93e1f4</span>')
    expect(html).toContain(`<span class="sr-only">${member}</span>`)
    expect(html).toContain('aria-label="Copy member ID"')
  })
})

describe('lastCommitOf', () => {
  const partition = (window: { offset: number; timestamp: number; lag: number | null }[]) => ({
    topic: 't',
    partition: 0,
    committedOffset: 1,
    logStartOffset: 0,
    logEndOffset: 1,
    lag: 0,
    lagSeconds: null,
    status: 'ok',
    owner: null,
    noCommit: false,
    belowLogStart: false,
    window,
  })

  it('reads the stored windows: the poll at which an offset last moved', () => {
    const moved = Date.parse('2026-12-03T10:00:00Z')
    expect(
      lastCommitOf([
        partition([
          { offset: 5, timestamp: moved - 60_000, lag: 0 },
          { offset: 9, timestamp: moved, lag: 0 },
        ]),
      ]),
    ).toBe('2026-12-03T10:00:00.000Z')
    expect(lastCommitOf([partition([{ offset: 5, timestamp: moved, lag: 0 }])])).toBeNull()
  })
})
