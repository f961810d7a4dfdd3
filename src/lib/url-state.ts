/**
 * View state lives in the URL (filters, sort, page, diff versions). These pure helpers compute the
 * next query string of a link or navigation, so every list updates the URL the same way.
 */

export type QueryChanges = Record<string, string | number | null | undefined>

/**
 * The query string (with its leading `?`, or '' when empty) after applying `changes` to `current`:
 * an empty/null/undefined value removes the key. Any change other than to `page` itself sends the
 * user back to page 1, since the old page number means nothing under new filters or sort.
 */
export function updatedQuery(current: URLSearchParams | string, changes: QueryChanges, options: { resetPage?: boolean } = {}): string {
  const next = new URLSearchParams(typeof current === 'string' ? current : current.toString())
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === null || value === '') next.delete(key)
    else next.set(key, String(value))
  }
  const resetPage = options.resetPage ?? !('page' in changes)
  if (resetPage) next.delete('page')
  const text = next.toString()
  return text ? `?${text}` : ''
}

/** Sort keys are `field` (ascending) or `-field` (descending). */
export function sortDirection(current: string | undefined, field: string): 'ascending' | 'descending' | 'none' {
  if (current === field) return 'ascending'
  if (current === `-${field}`) return 'descending'
  return 'none'
}

/** Clicking a sortable header: ascending first, then toggles between the two directions. */
export function nextSort(current: string | undefined, field: string): string {
  return current === field ? `-${field}` : field
}

/** Page links to show: first, last, and `radius` around the current page, with gaps as 'gap'. */
export function pageWindow(page: number, totalPages: number, radius = 1): Array<number | 'gap'> {
  if (totalPages <= 1) return totalPages === 1 ? [1] : []
  const wanted = new Set<number>([1, totalPages])
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= totalPages) wanted.add(p)
  const sorted = [...wanted].sort((a, b) => a - b)
  const out: Array<number | 'gap'> = []
  sorted.forEach((p, i) => {
    const previous = sorted[i - 1]
    if (previous !== undefined && p - previous > 1) out.push(p - previous === 2 ? p - 1 : 'gap')
    out.push(p)
  })
  return out
}

/** "Showing from–to of total" numbers of a page (0–0 when empty). */
export function pageRange(page: number, limit: number, totalDocs: number): { from: number; to: number } {
  if (totalDocs === 0) return { from: 0, to: 0 }
  const from = (page - 1) * limit + 1
  return { from: Math.min(from, totalDocs), to: Math.min(page * limit, totalDocs) }
}
