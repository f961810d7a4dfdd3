import type { StoredWindow, WindowSlot } from '@/features/consumer-groups/lib'

export function encodeWindow(slots: readonly WindowSlot[]): StoredWindow {
  const out: number[] = new Array(slots.length * 3)
  let offset = 0
  let time = 0
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i]!
    out[i * 3] = s.offset - offset
    out[i * 3 + 1] = s.timestamp - time
    out[i * 3 + 2] = s.lag ?? -1
    offset = s.offset
    time = s.timestamp
  }
  return out
}

/** Reads a stored window; also the object form ({ offset, timestamp, lag }[]) earlier versions stored. */
export function decodeWindow(stored: unknown): WindowSlot[] {
  if (!Array.isArray(stored) || stored.length === 0) return []
  if (typeof stored[0] === 'object') {
    return stored.filter((s): s is WindowSlot => s !== null && typeof s === 'object' && typeof (s as WindowSlot).offset === 'number')
  }
  const slots: WindowSlot[] = []
  let offset = 0
  let time = 0
  for (let i = 0; i + 2 < stored.length; i += 3) {
    offset += Number(stored[i])
    time += Number(stored[i + 1])
    const lag = Number(stored[i + 2])
    slots.push({ offset, timestamp: time, lag: lag < 0 ? null : lag })
  }
  return slots
}
