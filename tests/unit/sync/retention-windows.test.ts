import { describe, expect, it } from 'vitest'

import { rollupWindows } from '@/sync/activities/retention/windows'

const H = 3_600_000

describe('rollupWindows', () => {
  it('covers [start, end) with consecutive windows of at most one step, the last one shortened', () => {
    const start = Date.UTC(2026, 0, 1)
    expect(rollupWindows(start, start + 13 * H, 6 * H)).toEqual([
      { from: '2026-01-01T00:00:00.000Z', before: '2026-01-01T06:00:00.000Z' },
      { from: '2026-01-01T06:00:00.000Z', before: '2026-01-01T12:00:00.000Z' },
      { from: '2026-01-01T12:00:00.000Z', before: '2026-01-01T13:00:00.000Z' },
    ])
  })

  it('is empty when there is nothing to cover or the step is not positive', () => {
    expect(rollupWindows(10 * H, 10 * H, H)).toEqual([])
    expect(rollupWindows(11 * H, 10 * H, H)).toEqual([])
    expect(rollupWindows(0, 10 * H, 0)).toEqual([])
  })
})
