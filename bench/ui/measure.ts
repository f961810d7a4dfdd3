import type { Page } from './pages'

export type PageResult = {
  page: Page
  /** 'ok' = measured; 'missing' = the route answers 404 (not built yet); 'error' = anything else. */
  outcome: 'ok' | 'missing' | 'error'
  status: number
  note?: string
  samples: number[]
}

/** Above this time for its first warm-up request a page counts as slow (BENCH_SLOW_MS, ms) and gets BENCH_SLOW_REQUESTS requests. */
const SLOW_MS = Number(process.env.BENCH_SLOW_MS ?? 1_000)
const SLOW_REQUESTS = Number(process.env.BENCH_SLOW_REQUESTS ?? 5)

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  const rank = Math.ceil((p / 100) * sorted.length) - 1
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!
}

/** Time until the whole HTML document has arrived (streamed parts included), in ms. */
async function timedGet(url: string, cookie: string): Promise<{ ms: number; status: number; location: string | null; bytes: number }> {
  const started = performance.now()
  // What a browser sends on a same-site navigation (Payload accepts the session cookie of such requests).
  const res = await fetch(url, { headers: { cookie, accept: 'text/html', 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'navigate' }, redirect: 'manual' })
  const body = await res.text()
  return { ms: performance.now() - started, status: res.status, location: res.headers.get('location'), bytes: body.length }
}

/**
 * One page for one user: a probe (a 404 is reported as missing, a redirect or error as an error,
 * never as a timing), `warmup` unmeasured requests, then `requests` sequential measured ones,
 * rotating over the page's paths (fewer for a page slower than BENCH_SLOW_MS).
 */
export async function measurePage(base: string, cookie: string, page: Page, warmup: number, requests: number): Promise<PageResult> {
  if (page.paths.length === 0) return { page, outcome: 'error', status: 0, note: 'no object of this kind in the seed', samples: [] }
  const probe = await timedGet(base + page.paths[0], cookie)
  if (probe.status === 404) return { page, outcome: 'missing', status: 404, samples: [] }
  if (probe.status !== 200)
    return { page, outcome: 'error', status: probe.status, note: probe.location ? `redirect to ${probe.location}` : undefined, samples: [] }
  // A page far over any target (seconds per request, once warm) gets fewer requests: its p95 is
  // then the maximum of those, and the run stays within minutes.
  const firstWarm = await timedGet(base + page.paths[0], cookie)
  const slow = firstWarm.ms > SLOW_MS
  for (let k = 1; k < (slow ? 1 : warmup); k++) await timedGet(base + page.paths[k % page.paths.length], cookie)
  const samples: number[] = []
  for (let k = 0; k < (slow ? Math.min(requests, SLOW_REQUESTS) : requests); k++) {
    const r = await timedGet(base + page.paths[k % page.paths.length], cookie)
    if (r.status !== 200) return { page, outcome: 'error', status: r.status, note: `request ${k + 1} answered ${r.status}`, samples }
    samples.push(r.ms)
  }
  return { page, outcome: 'ok', status: 200, samples }
}
