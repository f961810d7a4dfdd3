import { describe, expect, it, vi } from 'vitest'

import { createAdmin } from '@/app/(frontend)/sign-in/actions'
import { createFirstAdmin } from '@/lib/bootstrap-admin'

vi.mock('@/lib/payload', () => ({ getPayloadClient: vi.fn(() => Promise.resolve({})) }))
vi.mock('@payload-config', () => ({ default: {} }))
vi.mock('@/lib/bootstrap-admin', () => ({ createFirstAdmin: vi.fn(() => Promise.resolve(false)) }))
vi.mock('@/lib/env', () => ({ env: () => ({}) }))
vi.mock('@payloadcms/next/auth', () => ({ login: vi.fn(), logout: vi.fn() }))
vi.mock('next/headers', () => ({ headers: vi.fn() }))

function form(values: Record<string, string>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) data.set(key, value)
  return data
}

describe('the first-admin setup form', () => {
  it('gives the name and email back after a validation error, so the form keeps them', async () => {
    const state = await createAdmin({}, form({ name: 'Ada Lovelace', email: 'ada@example.org', password: 'short' }))
    expect(state).toEqual({ error: 'Use at least 8 characters', email: 'ada@example.org', name: 'Ada Lovelace' })
    expect(createFirstAdmin).not.toHaveBeenCalled()
  })

  it('keeps them when an administrator already exists', async () => {
    const state = await createAdmin({}, form({ name: 'Ada', email: 'ada@example.org', password: 'long-enough-password' }))
    expect(state).toEqual({ error: 'An administrator already exists. Sign in instead.', email: 'ada@example.org', name: 'Ada' })
  })
})
