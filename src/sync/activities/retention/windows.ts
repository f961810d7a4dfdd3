/**
 * Consecutive half-open windows [from, before) of at most `stepMs` covering [startMs, endMs), ISO
 * 8601 UTC. The retention job reads history one window at a time so a long backlog never has to
 * fit in memory. Steps are whole multiples of the bucket, and the start is a bucket start, so no
 * bucket is split between two windows.
 */
export function rollupWindows(startMs: number, endMs: number, stepMs: number): { from: string; before: string }[] {
  const windows: { from: string; before: string }[] = []
  if (!(stepMs > 0)) return windows
  for (let from = startMs; from < endMs; from += stepMs) {
    windows.push({ from: new Date(from).toISOString(), before: new Date(Math.min(from + stepMs, endMs)).toISOString() })
  }
  return windows
}
