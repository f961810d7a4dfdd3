import { describe, expect, it } from 'vitest'
import { evaluatePartitionStatus } from '@/features/consumer-groups/lib'
import type { PartitionStatus, WindowSlot } from '@/features/consumer-groups/lib'

// Burrow's own evaluator cases (linkedin/Burrow, core/internal/evaluator/caching_test.go, the
// "correctness proof" table), restated as data: the same windows, log ends and expected statuses.
// Burrow passes the current lag separately; here it follows from the newest log end, which is
// the last element of `logEnds` (Burrow lists its ring newest first in cases 9 and 10). Cases 9 and
// 10 space their 15 commits evenly (~1 s) where Burrow's are a few ms uneven; the rules see the same.
type Case = { name: string; slots: [number, number, number | null][]; logEnds: number[]; nowSeconds: number; allowedLag?: number; status: PartitionStatus }

const steady = (lags: number[], offsets = [1000, 2000, 3000, 4000, 5000]): [number, number, number][] =>
  offsets.map((offset, i) => [offset, (i + 1) * 100_000, lags[i]!])
const fast = Array.from({ length: 15 }, (_, i): [number, number, number] => [792748079 + i, 1512224618356 + i * 1002, 0])

const cases: Case[] = [
  { name: '0: zero lag somewhere -> OK', slots: steady([0, 50, 100, 150, 200]), logEnds: [5200], nowSeconds: 600, status: 'ok' },
  { name: '1: time since last commit equal to the span is not STOP', slots: steady([0, 50, 100, 150, 200]), logEnds: [5200], nowSeconds: 900, status: 'ok' },
  {
    name: '2: STOP once longer than the span, even with zero lag at the start',
    slots: steady([0, 50, 100, 150, 200]),
    logEnds: [5200],
    nowSeconds: 1000,
    status: 'stop',
  },
  { name: '3: STOP with lag always non-zero', slots: steady([50, 100, 150, 200, 250]), logEnds: [5250], nowSeconds: 1000, status: 'stop' },
  {
    name: '4: same offset but zero lag in the window -> OK',
    slots: steady([0, 50, 100, 150, 200], [1000, 1000, 1000, 1000, 1000]),
    logEnds: [1200],
    nowSeconds: 600,
    status: 'ok',
  },
  {
    name: '5: same offset, lag always non-zero -> STALL',
    slots: steady([100, 150, 200, 250, 300], [1000, 1000, 1000, 1000, 1000]),
    logEnds: [1300],
    nowSeconds: 600,
    status: 'stall',
  },
  {
    name: '6: STALL even when the lag stays the same',
    slots: steady([100, 100, 100, 100, 100], [1000, 1000, 1000, 1000, 1000]),
    logEnds: [1100],
    nowSeconds: 600,
    status: 'stall',
  },
  {
    name: '7: rewind that caught up, lag decreased -> OK',
    slots: steady([100, 150, 200, 1250, 300], [1000, 2000, 3000, 2000, 4000]),
    logEnds: [4300],
    nowSeconds: 600,
    status: 'ok',
  },
  { name: '8: current lag 0 -> OK even if stopped by timestamps', slots: steady([50, 100, 150, 200, 250]), logEnds: [5000], nowSeconds: 1000, status: 'ok' },
  {
    name: '9: STOP with new data although lag was always zero',
    slots: fast,
    logEnds: [792748500, 792748600, 792748800, 792749000, 792749024],
    nowSeconds: 1512224650,
    status: 'stop',
  },
  {
    name: '10: not STOP when a recent log end equalled the last commit',
    slots: fast,
    logEnds: [792748093, 792748093, 792748093, 792748094],
    nowSeconds: 1512224650,
    status: 'ok',
  },
  {
    name: '11: unknown (nil) lags do not affect the result',
    slots: [1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500, 5000, 5500].map((offset, i) => [offset, (offset / 10) * 1000, i % 2 ? null : i * 25]),
    logEnds: [5700],
    nowSeconds: 600,
    status: 'ok',
  },
  {
    name: '12: allowed lag makes a stopped-looking partition OK',
    slots: [
      [1000, 100_000, 2],
      [2000, 200_000, 1],
      [2000, 300_000, 1],
    ],
    logEnds: [2001],
    nowSeconds: 550,
    allowedLag: 1,
    status: 'ok',
  },
  {
    name: '13: STALL with an allowed lag below the lags',
    slots: steady([100, 150, 200, 250, 300], [1000, 1000, 1000, 1000, 1000]),
    logEnds: [1300],
    nowSeconds: 600,
    allowedLag: 99,
    status: 'stall',
  },
  {
    name: '14: recovered rewind with an allowed lag -> OK',
    slots: steady([100, 150, 200, 1250, 300], [1000, 2000, 3000, 2000, 4000]),
    logEnds: [4300],
    nowSeconds: 600,
    allowedLag: 99,
    status: 'ok',
  },
  {
    name: '15: rewind that never got back -> REWIND',
    slots: steady([100, 150, 200, 1250, 300], [1000, 2000, 3000, 2000, 2500]),
    logEnds: [4300],
    nowSeconds: 600,
    status: 'rewind',
  },
]

describe("Burrow's evaluator cases", () => {
  it.each(cases)('$name', ({ slots, logEnds, nowSeconds, allowedLag, status }) => {
    const window: WindowSlot[] = slots.map(([offset, timestamp, lag]) => ({ offset, timestamp, lag }))
    // Burrow evaluates the whole stored window here: size the window to the case.
    const config = { windowSize: window.length, allowedLag: allowedLag ?? 0 }
    expect(evaluatePartitionStatus(window, logEnds, config, nowSeconds * 1000)).toBe(status)
  })
})
