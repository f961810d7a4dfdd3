import { login } from '@payloadcms/next/auth'
import { headers } from 'next/headers'
import { isRedirectError } from 'next/dist/client/components/redirect-error'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { signIn } from '@/app/(frontend)/sign-in/actions'

/**
 * The /sign-in server action counts attempts like Payload's REST login (README, Security: 5 per
 * address and account per 10 minutes). Payload's login is replaced by a fake that knows one
 * password, so the number of its calls is the number of attempts evaluated.
 */
const { PASSWORD, payload } = vi.hoisted(() => ({
  PASSWORD: 'correct-horse-1',
  // One in-memory store for the file, as for one process on SQLite.
  payload: { db: { name: 'sqlite' } },
}))

vi.mock('@/lib/payload', () => ({ getPayloadClient: vi.fn(() => Promise.resolve(payload)) }))
vi.mock('@payload-config', () => ({ default: {} }))
vi.mock('@/lib/bootstrap-admin', () => ({ createFirstAdmin: vi.fn() }))
vi.mock('@/lib/env', () => ({ env: () => ({}) }))
vi.mock('@payloadcms/next/auth', () => ({
  login: vi.fn((args: { password: string }) => (args.password === PASSWORD ? Promise.resolve({}) : Promise.reject(new Error('incorrect')))),
  logout: vi.fn(),
}))
vi.mock('next/headers', () => ({ headers: vi.fn() }))

function form(email: string, password: string): FormData {
  const data = new FormData()
  data.set('email', email)
  data.set('password', password)
  return data
}

async function signInFrom(address: string, email: string, password: string) {
  vi.mocked(headers).mockResolvedValueOnce(new Headers({ 'x-forwarded-for': address }))
  try {
    return await signIn({}, form(email, password))
  } catch (thrown) {
    if (isRedirectError(thrown)) return 'redirected'
    throw thrown
  }
}

describe('the /sign-in action under attack', () => {
  beforeEach(() => {
    vi.mocked(login).mockClear()
  })

  it('40 parallel wrong passwords from one address: 5 are evaluated, 35 told to wait', async () => {
    const results = await Promise.all(Array.from({ length: 40 }, () => signInFrom('203.0.113.1', 'admin@orbit.test', 'wrong')))
    expect(vi.mocked(login)).toHaveBeenCalledTimes(5)
    const messages = results.map((result) => (typeof result === 'string' ? result : result.error))
    expect(messages.filter((message) => message === 'Email or password is incorrect.')).toHaveLength(5)
    expect(messages.filter((message) => /^Too many attempts\. Try again in \d+ minutes?\.$/.test(String(message)))).toHaveLength(35)
  })

  it('the attacked account still signs in from another address', async () => {
    await Promise.all(Array.from({ length: 10 }, () => signInFrom('203.0.113.2', 'owner@orbit.test', 'wrong')))
    expect(await signInFrom('198.51.100.2', 'owner@orbit.test', PASSWORD)).toBe('redirected')
  })

  it('an unknown and a known email get the same answer', async () => {
    const known = await signInFrom('198.51.100.3', 'admin@orbit.test', 'wrong')
    const unknown = await signInFrom('198.51.100.3', 'nobody@orbit.test', 'wrong')
    expect(unknown).toEqual({ ...(known as object), email: 'nobody@orbit.test' })
  })
})
