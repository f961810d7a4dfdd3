'use client'

import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react'
import Link from 'next/link'
import { usePathname, useSearchParams } from 'next/navigation'
import * as React from 'react'

import { nextSort, sortDirection, updatedQuery } from '@/lib/url-state'

/** A header that sorts by following a link: the sort lives in the URL, the page resets to 1. */
export function SortHeader({ sortKey, currentSort, children }: { sortKey: string; currentSort?: string; children: React.ReactNode }) {
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const direction = sortDirection(currentSort, sortKey)
  const href = `${pathname}${updatedQuery(searchParams, { sort: nextSort(currentSort, sortKey) })}`
  const Icon = direction === 'ascending' ? ArrowUp : direction === 'descending' ? ArrowDown : ArrowUpDown
  return (
    <Link
      href={href}
      scroll={false}
      data-testid={`sort-${sortKey}`}
      className="inline-flex items-center gap-1 rounded-sm hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
    >
      {children}
      <Icon aria-hidden className={direction === 'none' ? 'size-3.5 opacity-40' : 'size-3.5'} />
      <span className="sr-only">{direction === 'ascending' ? ' (sorted ascending)' : direction === 'descending' ? ' (sorted descending)' : ' (sort)'}</span>
    </Link>
  )
}
