/**
 * Dates and numbers rendered the same on the server and in the browser (fixed locale and UTC), so
 * client components hydrate without mismatches.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '—' : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—'
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '—' : date.toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' })
}

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toLocaleString('en-US')
}

const UNITS: [suffix: string, seconds: number][] = [
  ['d', 86_400],
  ['h', 3_600],
  ['m', 60],
  ['s', 1],
]

/**
 * Seconds as a short human duration with the two largest units ("3m 20s", "2h 5m", "4d 1h").
 * Below a second shows as "<1s" (a real time lag, not zero); 0 stays "0s"; unknown is "—".
 */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '—'
  if (seconds === 0) return '0s'
  if (seconds < 1) return '<1s'
  const rounded = Math.round(seconds)
  const first = UNITS.findIndex(([, size]) => rounded >= size)
  const [bigSuffix, bigSize] = UNITS[first]!
  const parts = [`${Math.floor(rounded / bigSize)}${bigSuffix}`]
  const next = UNITS[first + 1]
  if (next) {
    const count = Math.floor((rounded % bigSize) / next[1])
    if (count > 0) parts.push(`${count}${next[0]}`)
  }
  return parts.join(' ')
}

/** "just now", "5 min ago", "3 h ago", "2 d ago"; unknown is "never". */
export function formatAgo(iso: string | null | undefined, now: number): string {
  if (!iso) return 'never'
  const ms = Date.parse(iso)
  if (!Number.isFinite(ms)) return 'never'
  const seconds = Math.max(0, Math.round((now - ms) / 1000))
  if (seconds < 60) return 'just now'
  if (seconds < 3_600) return `${Math.floor(seconds / 60)} min ago`
  if (seconds < 86_400) return `${Math.floor(seconds / 3_600)} h ago`
  return `${Math.floor(seconds / 86_400)} d ago`
}

/** "1 partition", "3 partitions", "1,204 groups": a count with its noun in the right number. */
export function formatCountOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : plural}`
}

/**
 * A long id (a consumer's member or client id) cut to its start and end, which tell members apart
 * ("consumer-o…93e1f4"); ids up to `max` characters stay whole.
 */
export function shortenId(id: string, { max = 20, head = 10, tail = 6 }: { max?: number; head?: number; tail?: number } = {}): string {
  return id.length <= max ? id : `${id.slice(0, head)}…${id.slice(-tail)}`
}
