import { getURLFromRedirectError } from 'next/dist/client/components/redirect'
import { isRedirectError } from 'next/dist/client/components/redirect-error'
import { isValidElement, type ReactElement, type ReactNode } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { signIn } from '@/app/(frontend)/sign-in/actions'
import SignInPage from '@/app/(frontend)/sign-in/page'
import { SignInForm } from '@/app/(frontend)/sign-in/sign-in-form'
import { currentUser } from '@/lib/auth'
import { paths } from '@/lib/paths'
import type { RawSearchParams } from '@/lib/search-params'

import { HOSTILE_RETURN_PATHS, landsOn, SAFE_RETURN_PATHS } from './redirect-corpus'

/**
 * The sign-in route with a hostile `next`, without a browser or a Next build: the page and the
 * action run as Next runs them, and their redirect goes into a header as Next puts it there
 * (an invalid header value is what answered 500).
 */
vi.mock('@/lib/auth', () => ({ currentUser: vi.fn() }))
vi.mock('@/lib/bootstrap-admin', () => ({ hasAnyUser: vi.fn(() => Promise.resolve(true)), createFirstAdmin: vi.fn() }))
vi.mock('@/lib/payload', () => ({ getPayloadClient: vi.fn(() => Promise.resolve({})) }))
vi.mock('@payload-config', () => ({ default: {} }))
vi.mock('@payloadcms/next/auth', () => ({ login: vi.fn(() => Promise.resolve({})), logout: vi.fn() }))
// Attempt limits are tests/security/sign-in-action-limits.test.ts's subject.
vi.mock('@/lib/auth-attempts/limiter', () => ({ takeAttempt: vi.fn(), recordSignIn: vi.fn(), TooManyAttempts: class {} }))
vi.mock('next/headers', () => ({ headers: vi.fn(() => Promise.resolve(new Headers())) }))

const ORIGIN = 'https://orbit.example'
const CORPUS = [...HOSTILE_RETURN_PATHS.map(([, next]) => next), ...SAFE_RETURN_PATHS.map(([next]) => next)]

/** The Location Next would send for a redirect thrown by a page or an action. */
async function redirectLocation(run: () => Promise<unknown>): Promise<string> {
  const error = await run().then(
    () => new Error('no redirect'),
    (thrown: unknown) => thrown,
  )
  if (!isRedirectError(error)) throw error
  const location = getURLFromRedirectError(error)
  new Headers({ Location: location })
  return location
}

function findElement(node: ReactNode, type: unknown): ReactElement<Record<string, unknown>> | undefined {
  if (!isValidElement<{ children?: ReactNode }>(node)) return undefined
  if (node.type === type) return node as ReactElement<Record<string, unknown>>
  const children = ([] as ReactNode[]).concat(node.props.children ?? [])
  for (const child of children) {
    const found = findElement(child, type)
    if (found) return found
  }
  return undefined
}

const page = (searchParams: RawSearchParams) => SignInPage({ searchParams: Promise.resolve(searchParams) })

describe('the sign-in route with a hostile next', () => {
  beforeEach(() => vi.mocked(currentUser).mockReset())

  it.each(CORPUS)('%j: a signed-in user is sent to a path of ours', async (next) => {
    vi.mocked(currentUser).mockResolvedValue({ id: 1 } as never)
    expect(landsOn(await redirectLocation(() => page({ next })), ORIGIN)).toBe(ORIGIN)
  })

  it.each(CORPUS)('%j: the form carries only a path of ours', async (next) => {
    vi.mocked(currentUser).mockResolvedValue(null)
    const form = findElement(await page({ next }), SignInForm)
    const carried = String(form?.props.next)
    expect(() => new Headers({ Location: carried })).not.toThrow()
    expect(landsOn(carried, ORIGIN)).toBe(ORIGIN)
  })

  it.each(CORPUS)('%j: signing in redirects to a path of ours', async (next) => {
    const form = new FormData()
    form.set('email', 'member@orbit.test')
    form.set('password', 'secret')
    form.set('next', next)
    expect(landsOn(await redirectLocation(() => signIn({}, form)), ORIGIN)).toBe(ORIGIN)
  })

  it('decodes the query first: ?next=/%09/evil.example goes home', async () => {
    vi.mocked(currentUser).mockResolvedValue({ id: 1 } as never)
    const { next } = Object.fromEntries(new URLSearchParams('next=/%09/evil.example'))
    expect(await redirectLocation(() => page({ next }))).toBe(paths.home())
  })

  it('a repeated next takes the first value, checked like any other', async () => {
    vi.mocked(currentUser).mockResolvedValue({ id: 1 } as never)
    expect(await redirectLocation(() => page({ next: ['//evil.example', '/kafka/schemas'] }))).toBe(paths.home())
    expect(await redirectLocation(() => page({ next: ['/kafka/schemas', '//evil.example'] }))).toBe('/kafka/schemas')
  })
})
