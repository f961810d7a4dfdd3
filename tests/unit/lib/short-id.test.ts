import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { ShortId } from '@/components/short-id'

const MEMBER = 'consumer-orders-1-5c1a6b52-8d4e-4f0a-9b3c-0b7c2d93e1f4'

describe('ShortId', () => {
  const html = renderToStaticMarkup(createElement(ShortId, { id: MEMBER, label: 'member ID' }))

  it('shows the short form with the full id on hover', () => {
    expect(html).toContain(`<span title="${MEMBER}" aria-hidden="true" class="whitespace-nowrap" data-testid="short-id">consumer-o…93e1f4</span>`)
  })

  it('keeps the full id in the text for screen readers and find-in-page', () => {
    expect(html).toContain(`<span class="sr-only">${MEMBER}</span>`)
  })

  it('offers a named copy button', () => {
    expect(html).toMatch(/<button type="button" aria-label="Copy member ID" title="Copy member ID"/)
  })

  it('shows a short id whole, without a hidden copy', () => {
    const short = renderToStaticMarkup(createElement(ShortId, { id: 'consumer-1', label: 'client ID' }))
    expect(short).not.toContain('sr-only">consumer-1')
    expect(short).toContain('<span class="break-all">consumer-1</span>')
  })
})
