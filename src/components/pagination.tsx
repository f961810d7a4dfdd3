'use client'

import { ChevronLeft, ChevronRight } from 'lucide-react'
import Link from 'next/link'
import { usePathname, useSearchParams } from 'next/navigation'

import { pageRange, pageWindow, updatedQuery } from '@/lib/url-state'
import { cn } from '@/lib/utils'

/** Server-side pagination: "Showing 1–25 of 156" and page links that set `page` in the URL. */
export function Pagination({
  page,
  limit,
  totalDocs,
  totalPages,
  noun = 'items',
}: {
  page: number
  limit: number
  totalDocs: number
  totalPages: number
  noun?: string
}) {
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const { from, to } = pageRange(page, limit, totalDocs)
  const href = (p: number) => `${pathname}${updatedQuery(searchParams, { page: p === 1 ? undefined : p }, { resetPage: false })}`
  const item =
    'inline-flex h-8 min-w-8 items-center justify-center rounded-md px-2 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring'
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 text-sm" data-testid="pagination">
      <p className="text-muted-foreground" data-testid="pagination-range">
        Showing {from}–{to} of {totalDocs} {noun}
      </p>
      {totalPages > 1 ? (
        <ul className="flex items-center gap-1">
          <li>
            {page > 1 ? (
              <Link href={href(page - 1)} className={cn(item, 'hover:bg-accent')} aria-label="Previous page">
                <ChevronLeft aria-hidden className="size-4" />
              </Link>
            ) : (
              <span className={cn(item, 'opacity-40')} aria-hidden>
                <ChevronLeft className="size-4" />
              </span>
            )}
          </li>
          {pageWindow(page, totalPages).map((p, i) =>
            p === 'gap' ? (
              <li key={`gap-${i}`} aria-hidden className="px-1 text-muted-foreground">
                …
              </li>
            ) : (
              <li key={p}>
                <Link
                  href={href(p)}
                  aria-label={`Page ${p}`}
                  aria-current={p === page ? 'page' : undefined}
                  className={cn(item, p === page ? 'border bg-background font-semibold' : 'hover:bg-accent')}
                >
                  {p}
                </Link>
              </li>
            ),
          )}
          <li>
            {page < totalPages ? (
              <Link href={href(page + 1)} className={cn(item, 'hover:bg-accent')} aria-label="Next page">
                <ChevronRight aria-hidden className="size-4" />
              </Link>
            ) : (
              <span className={cn(item, 'opacity-40')} aria-hidden>
                <ChevronRight className="size-4" />
              </span>
            )}
          </li>
        </ul>
      ) : null}
    </nav>
  )
}
