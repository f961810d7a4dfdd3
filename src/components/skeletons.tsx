import { cn } from '@/lib/utils'

/** Placeholders shown by loading.tsx files while a page's server data loads. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden className={cn('animate-pulse rounded-md bg-muted', className)} />
}

export function CardsSkeleton({ count = 4 }: { count?: number }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {Array.from({ length: count }, (_, i) => (
        <Skeleton key={i} className="h-24" />
      ))}
    </div>
  )
}

export function TableSkeleton({ rows = 8, columns = 6 }: { rows?: number; columns?: number }) {
  return (
    <div className="rounded-xl border">
      {Array.from({ length: rows + 1 }, (_, r) => (
        <div key={r} className="flex gap-4 border-b p-3 last:border-b-0">
          {Array.from({ length: columns }, (_, c) => (
            <Skeleton key={c} className={cn('h-4 flex-1', r === 0 && 'h-3')} />
          ))}
        </div>
      ))}
    </div>
  )
}

/** A list page: title, filter bar, cards and table. */
export function ListPageSkeleton({ label = 'Loading' }: { label?: string }) {
  return (
    <div role="status" aria-live="polite" className="grid gap-6" data-testid="page-loading">
      <span className="sr-only">{label}…</span>
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-10 w-full" />
      <CardsSkeleton />
      <TableSkeleton />
    </div>
  )
}

/** A detail page: header, a few panels. */
export function DetailPageSkeleton({ label = 'Loading' }: { label?: string }) {
  return (
    <div role="status" aria-live="polite" className="grid gap-6" data-testid="page-loading">
      <span className="sr-only">{label}…</span>
      <Skeleton className="h-4 w-32" />
      <Skeleton className="h-8 w-80" />
      <Skeleton className="h-48 w-full" />
      <Skeleton className="h-64 w-full" />
    </div>
  )
}
