'use client'

import { type RowData, useTable } from '@tanstack/react-table'
import * as React from 'react'

import { sortDirection } from '@/lib/url-state'
import { cn } from '@/lib/utils'

import { type DataColumn, dataTableFeatures } from '@/components/data-table/columns'
import { phoneCards } from '@/components/data-table/phone-cards'
import { SortHeader } from '@/components/data-table/sort-header'

export type DataTableProps<T extends RowData> = {
  columns: DataColumn<T>[]
  data: T[]
  getRowId: (row: T) => string
  /** Accessible name of the table (rendered as a visually hidden caption). */
  caption: string
  /** The list's effective sort key (from the parsed search params), to mark the sorted header. */
  sort?: string
  /** Shown instead of the table when there are no rows. */
  empty?: React.ReactNode
  rowTestId?: string
  testId?: string
  className?: string
  /**
   * Below the md breakpoint each row becomes a card (the first column as its one-line title, the
   * others as labelled values), so a phone shows every value without sideways scrolling. The same
   * rows and cells are restyled, never rendered twice.
   */
  cardsOnPhone?: boolean
}

/**
 * The one table of every list and detail page, on @tanstack/react-table v9. Rows arrive already
 * filtered, sorted and paged by the server; sortable headers are links that change the URL.
 */
export function DataTable<T extends RowData>({
  columns,
  data,
  getRowId,
  caption,
  sort,
  empty,
  rowTestId = 'data-row',
  testId,
  className,
  cardsOnPhone = false,
}: DataTableProps<T>) {
  const table = useTable({ features: dataTableFeatures, columns, data, getRowId: (row) => getRowId(row) })
  if (data.length === 0 && empty) return <>{empty}</>
  const phone = cardsOnPhone ? phoneCards : undefined
  return (
    // relative: the headers' screen-reader text (absolutely positioned) stays inside the scrolling box; without it
    // it escaped to the page and made a 390 px page 740-870 px wide although the table itself scrolled.
    <div className={cn('relative overflow-x-auto rounded-xl border', className)} data-testid={testId} data-layout={cardsOnPhone ? 'cards-on-phone' : 'table'}>
      <table className={cn('w-full caption-bottom text-sm', phone?.table)}>
        <caption className="sr-only">{caption}</caption>
        <thead className={cn('bg-muted/50', phone?.head)}>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className={cn('border-b', phone?.headRow)}>
              {group.headers.map((header) => {
                const meta = header.column.columnDef.meta
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={meta?.sortKey ? sortDirection(sort, meta.sortKey) : undefined}
                    className={cn(
                      'h-10 whitespace-nowrap px-3 text-left align-middle font-medium text-muted-foreground',
                      meta?.align === 'right' && 'text-right',
                      meta?.className,
                      phone?.headCell,
                      (!meta?.sortKey || meta.hideOnPhone) && phone?.unsortableHeadCell,
                    )}
                  >
                    {header.isPlaceholder ? null : meta?.sortKey ? (
                      <SortHeader sortKey={meta.sortKey} currentSort={sort}>
                        <table.FlexRender header={header} />
                      </SortHeader>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                )
              })}
            </tr>
          ))}
        </thead>
        <tbody className={phone?.body}>
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              data-testid={rowTestId}
              data-row-id={row.id}
              className={cn('border-b transition-colors last:border-b-0 hover:bg-muted/40', phone?.row)}
            >
              {row.getAllCells().map((cell, index) => {
                const meta = cell.column.columnDef.meta
                const header = cell.column.columnDef.header
                const label = phone && index > 0 && typeof header === 'string' ? header : undefined
                return (
                  <td
                    key={cell.id}
                    data-label={label}
                    className={cn(
                      'px-3 py-2 align-middle',
                      meta?.align === 'right' && 'text-right tabular-nums',
                      meta?.className,
                      phone?.cell,
                      index === 0 && phone?.titleCell,
                      meta?.hideOnPhone && phone?.hidden,
                      label && phone?.label,
                    )}
                  >
                    <table.FlexRender cell={cell} />
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
