import Link from 'next/link'

import { HISTORY_RANGES } from '@/features/consumer-groups/search-params'
import { cn } from '@/lib/utils'

/** The chart's time ranges as links: the range lives in the URL (`?range=6h`), so a view is shareable. */
export function LagRangeSelector({ current, hrefFor }: { current: string; hrefFor: (range: string) => string }) {
  return (
    <nav aria-label="Time range" className="inline-flex rounded-md border p-0.5" data-testid="lag-range">
      {HISTORY_RANGES.map((range) => (
        <Link
          key={range}
          href={hrefFor(range)}
          scroll={false}
          aria-current={range === current ? 'true' : undefined}
          data-testid={`lag-range-${range}`}
          className={cn(
            'rounded px-2.5 py-1 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
            range === current ? 'bg-primary text-primary-foreground' : 'text-muted-foreground hover:bg-accent hover:text-foreground',
          )}
        >
          {range}
        </Link>
      ))}
    </nav>
  )
}
