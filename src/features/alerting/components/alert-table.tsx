import type * as React from 'react'

import { phoneCards } from '@/components/data-table/phone-cards'
import { cn } from '@/lib/utils'

/**
 * The alerts pages' plain tables: a bordered table with a muted header row that becomes one card per row
 * below the md breakpoint (the same classes as DataTable's `cardsOnPhone`): the header row is hidden there
 * and each AlertCell shows its column's name above its value, so actions never sit off-screen.
 */
export function AlertTable({ testId, headers, children }: { testId: string; headers: readonly string[]; children: React.ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-xl border" data-layout="cards-on-phone">
      <table className={cn('w-full text-sm', phoneCards.table)} data-testid={testId}>
        <thead className="bg-muted/50 text-left text-xs text-muted-foreground max-md:hidden">
          <tr>
            {headers.map((h) => (
              <th key={h} className="px-3 py-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={phoneCards.body}>{children}</tbody>
      </table>
    </div>
  )
}

/** One row of an AlertTable (a card on a phone). */
export function AlertRow({ children }: { children: React.ReactNode }) {
  return <tr className={cn('border-t align-top first:border-t-0 md:first:border-t', phoneCards.row)}>{children}</tr>
}

/**
 * One cell of an AlertRow. `label` is its column's name, shown above the value on a phone (leave it out for
 * the row's first cell, the card's title); `wide` spans the card's whole width there (long text, actions).
 */
export function AlertCell({ label, wide = false, className, children }: { label?: string; wide?: boolean; className?: string; children: React.ReactNode }) {
  return (
    <td data-label={label} className={cn('px-3 py-2', className, phoneCards.cell, label && phoneCards.label, (!label || wide) && phoneCards.titleCell)}>
      {children}
    </td>
  )
}

/** A notice or an error of the last action (text from the URL, rendered escaped). */
export function ActionMessage({ tone, text }: { tone: 'notice' | 'error'; text?: string }) {
  if (!text) return null
  const colours = tone === 'error' ? 'border-red-600/30 bg-red-500/10' : 'border-sky-600/30 bg-sky-500/10'
  return (
    <p role={tone === 'error' ? 'alert' : 'status'} className={`rounded-md border px-3 py-2 text-sm ${colours}`}>
      {text}
    </p>
  )
}
