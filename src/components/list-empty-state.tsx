import Link from 'next/link'

import { EmptyState } from '@/components/states'

/**
 * A synced list without rows: with filters set, "No <things> match these filters" and a link that
 * clears them; without, "No <things> yet" and when the next sync will bring them.
 */
export function ListEmptyState({
  filtered,
  noun,
  clearHref,
  whenSynced,
  testId,
}: {
  filtered: boolean
  /** Plural, e.g. "consumer groups". */
  noun: string
  clearHref: string
  whenSynced: string
  testId: string
}) {
  return filtered ? (
    <EmptyState
      testId={testId}
      title={`No ${noun} match these filters`}
      action={
        <Link href={clearHref} className="text-sm underline underline-offset-4">
          Clear the filters
        </Link>
      }
    />
  ) : (
    <EmptyState testId={testId} title={`No ${noun} yet`} description={whenSynced} />
  )
}
