import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'

import { DataTable, dataColumns } from '@/components/data-table'

vi.mock('next/navigation', () => ({ usePathname: () => '/kafka/consumer-groups', useSearchParams: () => new URLSearchParams() }))

type Row = { name: string; lag: number }
const col = dataColumns<Row>()
const columns = [col.accessor('name', { header: 'Group ID', meta: { sortKey: 'name' } }), col.accessor('lag', { header: 'Lag', meta: { align: 'right' } })]
const render = (cardsOnPhone: boolean) =>
  renderToStaticMarkup(
    createElement(DataTable<Row>, { columns, data: [{ name: 'orders', lag: 42 }], getRowId: (r) => r.name, caption: 'Groups', cardsOnPhone }),
  )

describe('DataTable cardsOnPhone', () => {
  it('labels every value but the title with its header, as generated content below md (the cell text stays the value)', () => {
    const html = render(true)
    expect(html).toMatch(/<td data-label="Lag" class="[^"]*max-md:before:content-\[attr\(data-label\)\]">42<\/td>/)
    expect(html).not.toContain('data-label="Group ID"')
  })

  it('lets the title span the card and hides unsortable headers on a phone', () => {
    const html = render(true)
    expect(html).toMatch(/<td class="[^"]*max-md:col-span-3">orders<\/td>/)
    expect(html).toMatch(/<th scope="col" class="[^"]*max-md:hidden">Lag<\/th>/)
  })

  it('leaves a column marked hideOnPhone out of the cards', () => {
    const withType = [...columns, col.accessor('name', { id: 'type', header: 'Type', meta: { hideOnPhone: true } })]
    const html = renderToStaticMarkup(
      createElement(DataTable<Row>, { columns: withType, data: [{ name: 'orders', lag: 42 }], getRowId: (r) => r.name, caption: 'Groups', cardsOnPhone: true }),
    )
    expect(html).toMatch(/<td data-label="Type" class="[^"]* max-md:hidden[ "]/)
  })

  it('leaves a table without the option as it was', () => {
    const html = render(false)
    expect(html).not.toContain('max-md:')
    expect(html).toContain('<td class="px-3 py-2 align-middle text-right tabular-nums">42</td>')
  })
})
