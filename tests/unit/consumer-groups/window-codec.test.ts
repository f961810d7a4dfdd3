import { describe, expect, it } from 'vitest'

import { appendWindowSlot, decodeWindow, encodeWindow, parseStored, storedWindowSchema, type WindowSlot } from '@/features/consumer-groups/lib'

/** A window as a reader gets it: the stored JSON through its schema, then decoded. */
const read = (stored: unknown) => decodeWindow(parseStored(storedWindowSchema, stored) ?? [])

describe('stored Burrow window', () => {
  it('round-trips a full window, including an unknown lag and a rewind', () => {
    const slots: WindowSlot[] = [
      { offset: 1_000_000, timestamp: 1_795_796_612_123, lag: 40 },
      { offset: 1_000_030, timestamp: 1_795_796_672_123, lag: 15 },
      { offset: 999_990, timestamp: 1_795_796_732_500, lag: null },
      { offset: 1_000_100, timestamp: 1_795_796_792_000, lag: 0 },
    ]
    expect(read(encodeWindow(slots))).toEqual(slots)
    expect(encodeWindow(slots)).toEqual([1_000_000, 1_795_796_612_123, 40, 30, 60_000, 15, -40, 60_377, -1, 110, 59_500, 0])
  })

  it('is much smaller than the object form once the window is full', () => {
    let window: WindowSlot[] = []
    for (let i = 0; i < 10; i++)
      window = appendWindowSlot(window, {
        committedOffset: 5_000_000 + 25 * i,
        logEndOffset: 5_000_040 + 30 * i,
        time: 1_795_796_612_123 + 60_000 * i,
        hasActiveMember: false,
      })
    expect(window).toHaveLength(10)
    expect(JSON.stringify(encodeWindow(window)).length).toBeLessThan(JSON.stringify(window).length / 2.5)
  })

  it('reads the object form earlier versions stored, and nothing from junk', () => {
    const legacy = [{ offset: 5, timestamp: 10, lag: 1 }]
    expect(read(legacy)).toEqual(legacy)
    expect(read(null)).toEqual([])
    expect(read('x')).toEqual([])
    expect(read([])).toEqual([])
  })
})
