import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { ConsumerGroupEventsList } from '@/features/consumer-groups/components/consumer-group-events-list'
import type { TimelineEvent } from '@/features/consumer-groups/event-display'

const MEMBER = 'billing-1-5c1a6b52-8d4e-4f0a-9b3c-0b7c2d93e1f4'
const left: TimelineEvent = {
  id: 7,
  time: Date.parse('2026-12-03T20:00:00Z'),
  kind: 'member_left',
  memberId: MEMBER,
  clientId: 'billing',
  host: '/10.0.0.7',
  fromState: null,
  toState: null,
  topic: null,
  partition: null,
  fromOffset: null,
  toOffset: null,
}

describe('ConsumerGroupEventsList', () => {
  it('shows a member event’s id short with copy, where it ran in words', () => {
    const html = renderToStaticMarkup(createElement(ConsumerGroupEventsList, { events: [left], more: false, now: left.time, rangeLabel: 'hour' }))
    expect(html).toContain('client billing · host /10.0.0.7 · member <span')
    expect(html).toContain('>billing-1-…93e1f4</span>')
    expect(html).toContain(`<span class="sr-only">${MEMBER}</span>`)
    expect(html).toContain('aria-label="Copy member ID"')
  })
})
