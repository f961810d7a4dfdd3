import Link from 'next/link'

import { Badge } from '@/components/badge'
import { formatDateTime } from '@/lib/format'
import { cn } from '@/lib/utils'

import { SchemaVerdictBadge } from '@/features/schemas/components/schema-badges'

export type TimelineEntry = {
  version: number
  registeredAt: string | null
  registrySchemaId: number | null
  summary: string
  softDeleted: boolean
  failed: boolean
  isLatest: boolean
  selected: boolean
  viewHref: string
  /** Diff against the version before it, when there is one. */
  compareHref: string | null
  /** The stored verdict against its predecessor(s) at the subject's level; null for the first version. */
  verdict: { compatible: boolean | null; level: string | null; reasons: string[] } | null
}

/**
 * Every version of a subject, newest first, each with its date, what changed and its verdict
 * against its predecessor(s), a breaking version with its first reasons (design §4.4).
 */
export function SchemaVersionTimeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <section aria-labelledby="timeline-heading" className="grid gap-3 rounded-xl border bg-card p-4">
      <h2 id="timeline-heading" className="font-semibold">
        Version history
      </h2>
      <ol className="grid gap-0" data-testid="version-timeline">
        {entries.map((entry) => (
          <li
            key={entry.version}
            className="relative grid grid-cols-[6rem_1fr] gap-4 pb-4 last:pb-0 sm:grid-cols-[10rem_1fr]"
            data-testid="timeline-entry"
            data-version={entry.version}
          >
            <div className="text-sm">
              <Link
                href={entry.viewHref}
                scroll={false}
                aria-current={entry.selected ? 'true' : undefined}
                className={cn('font-medium underline-offset-4 hover:underline', entry.softDeleted && 'line-through')}
              >
                v{entry.version}
              </Link>
              {entry.isLatest ? <span className="ml-1 text-xs text-muted-foreground">(current)</span> : null}
              <div className="text-xs text-muted-foreground">
                <time dateTime={entry.registeredAt ?? undefined}>{formatDateTime(entry.registeredAt)}</time>
              </div>
            </div>
            <div className="relative border-l pl-4">
              <span
                aria-hidden
                className={cn(
                  'absolute top-1 -left-[5px] size-2.5 rounded-full border-2 border-background',
                  entry.softDeleted || entry.failed ? 'bg-muted-foreground' : 'bg-foreground',
                )}
              />
              <p className="text-sm" data-testid="timeline-summary">
                {entry.summary}
              </p>
              {entry.verdict?.compatible === false && entry.verdict.reasons.length > 0 && !entry.softDeleted ? (
                <ul className="mt-1 list-disc pl-5 text-xs break-words text-red-800 dark:text-red-300" data-testid="timeline-reasons">
                  {entry.verdict.reasons.slice(0, 2).map((reason, i) => (
                    <li key={i}>{reason}</li>
                  ))}
                  {entry.verdict.reasons.length > 2 ? <li>and {entry.verdict.reasons.length - 2} more</li> : null}
                </ul>
              ) : null}
              <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                {entry.softDeleted ? (
                  <Badge tone="muted" data-testid="version-deleted">
                    Soft-deleted
                  </Badge>
                ) : null}
                {entry.failed ? <Badge tone="danger">Failed to sync</Badge> : null}
                {entry.verdict && !entry.softDeleted && !entry.failed ? (
                  <SchemaVerdictBadge compatible={entry.verdict.compatible} level={entry.verdict.level} title={entry.verdict.reasons.join('\n') || undefined} />
                ) : null}
                {entry.registrySchemaId ? <span>schema id {entry.registrySchemaId}</span> : null}
                {entry.compareHref ? (
                  <Link href={entry.compareHref} scroll={false} className="underline underline-offset-4 hover:text-foreground">
                    Compare with previous
                  </Link>
                ) : null}
              </div>
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}
