import { describe, expect, it } from 'vitest'

import { shortenId } from '@/lib/format'

describe('shortenId', () => {
  it('keeps an id of up to 20 characters whole', () => {
    expect(shortenId('consumer-orders-1')).toBe('consumer-orders-1')
    expect(shortenId('a'.repeat(20))).toBe('a'.repeat(20))
  })

  it('cuts a classic member id (client id + UUID) to its first 10 and last 6 characters', () => {
    expect(shortenId('consumer-orders-1-5c1a6b52-8d4e-4f0a-9b3c-0b7c2d93e1f4')).toBe('consumer-o…93e1f4')
  })

  it('takes other lengths when asked', () => {
    expect(shortenId('0123456789abcdef', { max: 8, head: 3, tail: 2 })).toBe('012…ef')
  })
})
