import type { LagSample } from '@/features/consumer-groups/lib/types'

/** Known samples (non-null lag) in time order; the shared input of trend and clear-time estimates. */
export function knownSamples(points: readonly LagSample[]): { time: number; totalLag: number }[] {
  return points.filter((p): p is { time: number; totalLag: number } => p.totalLag !== null && Number.isFinite(p.totalLag)).sort((a, b) => a.time - b.time)
}

/**
 * Least-squares slope of lag over time (messages per ms). A fitted line, rather than last minus
 * first, so one noisy poll at either end does not decide the answer. Null when time does not vary.
 */
export function lagSlope(samples: readonly { time: number; totalLag: number }[]): number | null {
  const n = samples.length
  if (n < 2) return null
  const meanT = samples.reduce((s, p) => s + p.time, 0) / n
  const meanL = samples.reduce((s, p) => s + p.totalLag, 0) / n
  let num = 0
  let den = 0
  for (const p of samples) {
    num += (p.time - meanT) * (p.totalLag - meanL)
    den += (p.time - meanT) ** 2
  }
  return den === 0 ? null : num / den
}
