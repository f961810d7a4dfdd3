import { formatAgo, formatDateTime } from '@/lib/format'

/** The time of the request, read once by a server page and handed to its relative times. */
export const requestTime = () => Date.now()

/**
 * A moment as people read it ("5 min ago") with the absolute UTC time on hover. `now` comes from
 * the server's request, so a client component renders the same text on both sides of hydration.
 */
export function RelativeTime({ iso, now, title, testId }: { iso: string | null | undefined; now: number; title?: string; testId?: string }) {
  if (!iso) return <span className="text-muted-foreground">{formatAgo(iso, now)}</span>
  return (
    <time dateTime={iso} title={title ?? formatDateTime(iso)} data-testid={testId}>
      {formatAgo(iso, now)}
    </time>
  )
}
