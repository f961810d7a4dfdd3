import { describe, expect, it } from 'vitest'
import { appendRecentLogEnd, appendWindowSlot, evaluateGroupStatus, evaluatePartitionStatus, DEFAULT_BURROW_CONFIG } from '@/features/consumer-groups/lib'
import type { WindowSlot } from '@/features/consumer-groups/lib'

const MIN = 60_000
// Slots one minute apart starting at t=0, from (offset, lag) pairs.
const slots = (pairs: [number, number | null][]): WindowSlot[] => pairs.map(([offset, lag], i) => ({ offset, timestamp: i * MIN, lag }))
// Evaluated right after the last slot (so STOP cannot fire unless a test wants it to).
const evaluate = (window: WindowSlot[], logEnd: number | number[], now = (window.length - 1) * MIN, config = {}) =>
  evaluatePartitionStatus(window, logEnd, config, now)

describe('evaluatePartitionStatus: each rule, in Burrow order', () => {
  it('1. current lag <= allowed lag -> OK, even over an otherwise stalled window', () => {
    const stalled = slots(Array.from({ length: 10 }, () => [100, 50] as [number, number]))
    expect(evaluate(stalled, 100)).toBe('ok')
    expect(evaluate(stalled, 105, undefined, { allowedLag: 5 })).toBe('ok')
    expect(evaluate(stalled, 106, undefined, { allowedLag: 5 })).toBe('stall')
  })

  it('2. STOP: no commit for longer than the window spans while the log end moved past it', () => {
    const moving = slots(Array.from({ length: 10 }, (_, i) => [100 + i * 10, 5] as [number, number]))
    // Window spans 9 min and the last commit was at 9 min: STOP once now - 9 min > 9 min.
    expect(evaluate(moving, 200, 18 * MIN, {})).toBe('warn')
    expect(evaluate(moving, 200, 18 * MIN + 1, {})).toBe('stop')
  })

  it('2. STOP is checked before the lag-was-zero rule (old zero lag does not excuse a stop)', () => {
    const window = slots([
      [100, 0],
      [110, 0],
      [120, 0],
    ])
    expect(evaluate(window, 200, 10 * MIN)).toBe('stop')
  })

  it('2. no STOP when a recent log end was at or below the last commit (it was caught up minutes ago)', () => {
    const window = slots([
      [100, 5],
      [110, 5],
      [120, 5],
    ])
    // Not stopped, so the remaining rules decide: lag never decreased -> WARN.
    expect(evaluate(window, [115, 120, 140], 10 * MIN)).toBe('warn')
    expect(evaluate(window, [125, 130, 140], 10 * MIN)).toBe('stop')
  })

  it('3. REWIND: the offset went down and never got back', () => {
    expect(
      evaluate(
        slots([
          [100, 10],
          [110, 10],
          [50, 70],
          [60, 60],
          [70, 60],
        ]),
        130,
      ),
    ).toBe('rewind')
  })

  it('3. a rewind that recovered is not REWIND (falls through to later rules)', () => {
    // Back to 110 after the reset; lag keeps decreasing -> OK.
    expect(
      evaluate(
        slots([
          [100, 30],
          [110, 25],
          [50, 80],
          [110, 20],
          [125, 10],
        ]),
        135,
      ),
    ).toBe('ok')
  })

  it('3. REWIND wins over a lag <= allowed somewhere in the window', () => {
    expect(
      evaluate(
        slots([
          [100, 0],
          [110, 5],
          [50, 70],
          [60, 70],
        ]),
        130,
      ),
    ).toBe('rewind')
  })

  it('4. any lag <= allowed in the window -> OK (skips STALL and WARN)', () => {
    expect(
      evaluate(
        slots([
          [100, 0],
          [100, 10],
          [100, 20],
        ]),
        120,
      ),
    ).toBe('ok')
    expect(
      evaluate(
        slots([
          [100, 3],
          [100, 10],
          [100, 20],
        ]),
        120,
        undefined,
        { allowedLag: 3 },
      ),
    ).toBe('ok')
  })

  it('5. STALL: every committed offset in the window is equal while there is lag', () => {
    expect(
      evaluate(
        slots([
          [100, 10],
          [100, 20],
          [100, 30],
        ]),
        130,
      ),
    ).toBe('stall')
  })

  it('6. WARN: offsets advance but the lag never decreases', () => {
    expect(
      evaluate(
        slots([
          [100, 10],
          [110, 10],
          [120, 15],
          [130, 20],
        ]),
        150,
      ),
    ).toBe('warn')
  })

  it('6. unknown (null) slot lags are skipped when comparing', () => {
    expect(
      evaluate(
        slots([
          [100, 10],
          [110, null],
          [120, 15],
        ]),
        135,
      ),
    ).toBe('warn')
    expect(
      evaluate(
        slots([
          [100, 20],
          [110, null],
          [120, 15],
        ]),
        135,
      ),
    ).toBe('ok')
  })

  it('7. otherwise OK: the lag decreased somewhere', () => {
    expect(
      evaluate(
        slots([
          [100, 10],
          [110, 20],
          [125, 15],
          [130, 20],
        ]),
        150,
      ),
    ).toBe('ok')
  })

  it('an empty window is OK (nothing to evaluate)', () => {
    expect(evaluate([], 100, 0)).toBe('ok')
    expect(evaluatePartitionStatus(slots([[1, 1]]), [], {}, 0)).toBe('ok')
  })

  it('minimum-complete: a window filled to less than the fraction is OK; at or above it is evaluated', () => {
    const stalled = slots([
      [100, 10],
      [100, 20],
      [100, 30],
    ])
    expect(evaluate(stalled, 130, undefined, { minimumComplete: 0.5 })).toBe('ok')
    expect(evaluate(stalled, 130, undefined, { minimumComplete: 0.3 })).toBe('stall')
    // Burrow's default is 0: always evaluate.
    expect(DEFAULT_BURROW_CONFIG.minimumComplete).toBe(0)
    expect(evaluate(stalled, 130)).toBe('stall')
  })

  it('only the last windowSize slots count', () => {
    const long = slots([[50, 0], ...Array.from({ length: 10 }, () => [100, 30] as [number, number])])
    expect(evaluate(long, 130)).toBe('stall')
    expect(evaluate(long, 130, undefined, { windowSize: 11 })).toBe('ok')
  })
})

describe('evaluateGroupStatus', () => {
  it('is the worst partition, with STOP/STALL/REWIND as err', () => {
    expect(evaluateGroupStatus([])).toBe('ok')
    expect(evaluateGroupStatus(['ok', 'ok'])).toBe('ok')
    expect(evaluateGroupStatus(['ok', 'warn'])).toBe('warn')
    for (const bad of ['stop', 'stall', 'rewind'] as const) expect(evaluateGroupStatus(['warn', bad, 'ok'])).toBe('err')
  })
})

describe('appendWindowSlot (polling adaptation)', () => {
  const poll = (committedOffset: number | null, time: number, hasActiveMember = true, logEndOffset = 200) => ({
    committedOffset,
    time,
    hasActiveMember,
    logEndOffset,
  })

  it('appends the first commit seen, with lag at that poll', () => {
    expect(appendWindowSlot([], poll(150, 1000, false))).toEqual([{ offset: 150, timestamp: 1000, lag: 50 }])
  })

  it('appends when the committed offset changed, stamped with the poll time', () => {
    const w = appendWindowSlot([{ offset: 100, timestamp: 0, lag: 100 }], poll(150, MIN, false))
    expect(w).toEqual([
      { offset: 100, timestamp: 0, lag: 100 },
      { offset: 150, timestamp: MIN, lag: 50 },
    ])
  })

  it('unchanged with an active member assigned: appends (leads to STALL)', () => {
    let w: WindowSlot[] = []
    for (let i = 0; i < 3; i++) w = appendWindowSlot(w, poll(100, i * MIN, true, 150 + i * 10))
    expect(w).toHaveLength(3)
    expect(evaluatePartitionStatus(w, 170, {}, 2 * MIN)).toBe('stall')
  })

  it('unchanged and nobody consumes: appends nothing (the last slot ages: STOP)', () => {
    let w: WindowSlot[] = []
    w = appendWindowSlot(w, poll(90, 0, true, 150))
    w = appendWindowSlot(w, poll(100, MIN, true, 160))
    for (let i = 2; i < 6; i++) w = appendWindowSlot(w, poll(100, i * MIN, false, 150 + i * 10))
    expect(w).toHaveLength(2)
    expect(evaluatePartitionStatus(w, 210, {}, 5 * MIN)).toBe('stop')
  })

  it('no commit: the window is unchanged', () => {
    const w = [{ offset: 100, timestamp: 0, lag: 0 }]
    expect(appendWindowSlot(w, poll(null, MIN))).toEqual(w)
    expect(appendWindowSlot([], poll(null, MIN))).toEqual([])
  })

  it('is bounded to the window size and never mutates its input', () => {
    let w: WindowSlot[] = []
    for (let i = 0; i < 15; i++) w = appendWindowSlot(w, poll(i, i * MIN))
    expect(w).toHaveLength(10)
    expect(w[0]!.offset).toBe(5)
    const frozen = Object.freeze([...w])
    expect(appendWindowSlot(frozen, poll(99, 99 * MIN), 3)).toHaveLength(3)
    expect(frozen).toHaveLength(10)
  })

  it('appendRecentLogEnd keeps the last N log ends', () => {
    expect(appendRecentLogEnd([1, 2, 3], 4, 3)).toEqual([2, 3, 4])
  })
})
