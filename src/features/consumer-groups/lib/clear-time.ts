/**
 * Estimated time until a group's lag reaches 0 at its current rate of catching up: lag divided
 * by how fast the lag has been falling over the recent samples. "Recent" is the last 10 known
 * samples by default (10 minutes at 1-minute polling, Burrow's window length), long enough to
 * smooth a noisy poll, short enough to react when the consumer slows down again.
 * Catching up means both the fitted slope is negative and the newest lag is below the oldest one
 * in those samples; otherwise there is no estimate (null), because a rising or flat lag never
 * clears on its own. A lag that is already 0 takes 0 seconds.
 */
import { knownSamples, lagSlope } from '@/features/consumer-groups/lib/regression'
import type { LagSample } from '@/features/consumer-groups/lib/types'

export const DEFAULT_CLEAR_TIME_SAMPLES = 10

export function estimateTimeToClear(history: readonly LagSample[], options: { samples?: number } = {}): number | null {
  const recent = knownSamples(history).slice(-Math.max(2, options.samples ?? DEFAULT_CLEAR_TIME_SAMPLES))
  const newest = recent[recent.length - 1]
  const oldest = recent[0]
  if (!newest || !oldest) return null
  if (newest.totalLag === 0) return 0
  const slope = lagSlope(recent)
  if (slope === null || slope >= 0 || newest.totalLag >= oldest.totalLag) return null
  return newest.totalLag / -slope / 1000
}
