import Link from 'next/link'
import * as React from 'react'

import { cn } from '@/lib/utils'

export type SummaryItem = {
  label: string
  value: React.ReactNode
  /** A second line under the value, e.g. "Avro 3 · Protobuf 1". */
  hint?: React.ReactNode
  tone?: 'default' | 'warning' | 'danger'
  testId?: string
  /** Makes the value a link, e.g. to the list filtered to what the card counts. */
  href?: string
}

/** The row of stat cards at the top of list pages (wireframes §4.3, §4.5). */
export function SummaryCards({ items, label = 'Summary', className }: { items: SummaryItem[]; label?: string; className?: string }) {
  return (
    <section aria-label={label} className={cn('grid grid-cols-2 gap-3 lg:grid-cols-4', className)}>
      {items.map((item) => (
        <div
          key={item.label}
          data-testid={item.testId}
          className={cn(
            'rounded-xl border bg-card p-4 text-card-foreground shadow-sm',
            item.tone === 'warning' && 'border-amber-600/40',
            item.tone === 'danger' && 'border-red-600/40',
          )}
        >
          <div className="text-sm text-muted-foreground">{item.label}</div>
          <div className="mt-1 text-2xl font-semibold tabular-nums" data-testid={item.testId ? `${item.testId}-value` : undefined}>
            {item.href ? (
              <Link href={item.href} className="underline-offset-4 hover:underline" data-testid={item.testId ? `${item.testId}-link` : undefined}>
                {item.value}
              </Link>
            ) : (
              item.value
            )}
          </div>
          {item.hint ? <div className="mt-1 text-xs text-muted-foreground">{item.hint}</div> : null}
        </div>
      ))}
    </section>
  )
}
