import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { apiClients } from '@tests/helpers/api-clients'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'

/**
 * Sign-in abuse through Payload's REST and GraphQL auth endpoints. The limits are README's
 * (Security): 5 attempts per address and account, 20 per account from addresses it has not signed
 * in from, 30 per address, each per 10 minutes. Each test uses its own account and addresses, as
 * the counters outlive a test.
 */
const PASSWORD = 'correct-horse-1'
const WRONG = 'wrong-password-1'
const INCORRECT = 'The email or password provided is incorrect.'
const TEN_MINUTES = 600

let ctx: TestPayload
let payload: Payload
let admin: string

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  admin = (await payload.create({ collection: 'users', data: { email: 'admin@orbit.test', password: PASSWORD, role: 'platform-admin' }, overrideAccess: true }))
    .email
})

afterEach(() => vi.restoreAllMocks())

afterAll(async () => {
  await ctx?.cleanup()
})

async function account(name: string): Promise<string> {
  return (await payload.create({ collection: 'users', data: { email: `${name}@orbit.test`, password: PASSWORD, role: 'member' }, overrideAccess: true })).email
}

const from = (address: string) => ({ 'X-Forwarded-For': address })

function restLogin(address: string, email: string, password: string) {
  return apiClients(payload).rest('/users/login', { method: 'POST', headers: from(address), body: JSON.stringify({ email, password }) })
}

function statuses(responses: { status: number }[]): Record<number, number> {
  const counts: Record<number, number> = {}
  for (const { status } of responses) counts[status] = (counts[status] ?? 0) + 1
  return counts
}

describe(`sign-in abuse on ${testDatabase()}`, () => {
  it('40 parallel wrong passwords from one address: 5 are evaluated, 35 answer 429 with Retry-After', async () => {
    const responses = await Promise.all(Array.from({ length: 40 }, () => restLogin('203.0.113.1', admin, WRONG)))
    expect(statuses(responses)).toEqual({ 401: 5, 429: 35 })
    for (const refused of responses.filter((r) => r.status === 429)) {
      const retryAfter = Number(refused.headers.get('Retry-After'))
      expect(retryAfter).toBeGreaterThan(0)
      expect(retryAfter).toBeLessThanOrEqual(TEN_MINUTES)
      expect(String((refused.body.errors as { message: string }[])[0]?.message)).toMatch(/^Too many attempts\. Try again in \d+ minutes?\.$/)
    }
  })

  it('while an attacker hammers the admin, the admin signs in from another address', async () => {
    await Promise.all(Array.from({ length: 40 }, () => restLogin('203.0.113.2', admin, WRONG)))
    const own = await restLogin('198.51.100.2', admin, PASSWORD)
    expect(own.status).toBe(200)
    expect(typeof own.body.token).toBe('string')
    // The attacker's address stays refused on this account, even with the right password.
    expect((await restLogin('203.0.113.2', admin, PASSWORD)).status).toBe(429)
  })

  it("wrong passwords from many addresses never lock the account (Payload's own lockout is off)", async () => {
    const victim = await account('lockout-victim')
    for (let i = 0; i < 8; i++) expect((await restLogin(`203.0.113.${100 + i}`, victim, WRONG)).status).toBe(401)
    expect((await restLogin('198.51.100.3', victim, PASSWORD)).status).toBe(200)
  })

  it('a guess spread over many addresses stops at 20 for new addresses; the owner signs in from an address she used before', async () => {
    const victim = await account('spread-victim')
    expect((await restLogin('198.51.100.4', victim, PASSWORD)).status).toBe(200)
    const guesses = []
    for (let i = 0; i < 25; i++) guesses.push(await restLogin(`192.0.2.${i + 1}`, victim, WRONG))
    expect(statuses(guesses)).toEqual({ 401: 20, 429: 5 })
    expect((await restLogin('192.0.2.200', victim, PASSWORD)).status).toBe(429)
    expect((await restLogin('198.51.100.4', victim, PASSWORD)).status).toBe(200)
  })

  it('an unknown email gets the same status and message as a wrong password', async () => {
    const known = await restLogin('198.51.100.5', admin, WRONG)
    const unknown = await restLogin('198.51.100.5', 'nobody@orbit.test', WRONG)
    expect(known.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(unknown.body).toEqual(known.body)
    expect((known.body.errors as { message: string }[])[0]?.message).toBe(INCORRECT)
  })

  it('an unknown email costs the same password hash work as a known one', async () => {
    const pbkdf2 = vi.spyOn(crypto, 'pbkdf2')
    await restLogin('198.51.100.6', admin, WRONG)
    const forKnown = pbkdf2.mock.calls.map((call) => call[2])
    pbkdf2.mockClear()
    await restLogin('198.51.100.6', 'nobody-else@orbit.test', WRONG)
    const forUnknown = pbkdf2.mock.calls.map((call) => call[2])
    expect(forKnown).toEqual([600_000])
    expect(forUnknown).toEqual(forKnown)
  })

  it('GraphQL login: 10 parallel wrong passwords, 5 evaluated, the rest 429 with Retry-After', async () => {
    const victim = await account('graphql-victim')
    const mutation = 'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }'
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => apiClients(payload).graphqlResponse(mutation, { email: victim, password: WRONG }, from('203.0.113.7'))),
    )
    const codes = responses.map(({ body }) => body.errors?.[0]?.extensions?.statusCode)
    expect(statuses(codes.map((status) => ({ status: Number(status) })))).toEqual({ 401: 5, 429: 5 })
    const refused = responses.find(({ body }) => body.errors?.[0]?.extensions?.statusCode === 429)!
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0)
  })

  it('forgot-password: 40 parallel requests for one account from one address, 35 answer 429', async () => {
    const victim = await account('forgot-victim')
    const responses = await Promise.all(
      Array.from({ length: 40 }, () =>
        apiClients(payload).rest('/users/forgot-password', { method: 'POST', headers: from('203.0.113.8'), body: JSON.stringify({ email: victim }) }),
      ),
    )
    expect(statuses(responses)[429]).toBe(35)
  })

  it('reset-password: 40 parallel guesses of a token from one address, 10 answer 429', async () => {
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        apiClients(payload).rest('/users/reset-password', {
          method: 'POST',
          headers: from('203.0.113.9'),
          body: JSON.stringify({ token: `guess-${i}`, password: WRONG }),
        }),
      ),
    )
    expect(statuses(responses)[429]).toBe(10)
  })
})
