import { CardsSkeleton, TableSkeleton } from '@/components/skeletons'

/** Overview placeholder (inside a route group so it never wraps the detail routes' 404 checks). */
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="grid gap-6" data-testid="page-loading">
      <span className="sr-only">Loading overview…</span>
      <CardsSkeleton />
      <TableSkeleton rows={3} columns={4} />
    </div>
  )
}
