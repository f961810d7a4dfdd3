import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { RelativeTime } from '@/components/relative-time'

const NOW = Date.parse('2026-12-03T20:00:00Z')

describe('RelativeTime', () => {
  it('reads relative to the request time, the absolute UTC time on hover', () => {
    expect(renderToStaticMarkup(createElement(RelativeTime, { iso: '2026-12-03T17:30:00.000Z', now: NOW }))).toBe(
      '<time dateTime="2026-12-03T17:30:00.000Z" title="2026-12-03 17:30 UTC">2 h ago</time>',
    )
  })

  it('says never for a moment that did not happen', () => {
    expect(renderToStaticMarkup(createElement(RelativeTime, { iso: null, now: NOW }))).toBe('<span class="text-muted-foreground">never</span>')
  })
})
