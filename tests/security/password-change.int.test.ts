import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClients, tokenFor } from '@tests/helpers/api-clients'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'

/** A stolen session could change the account's password without knowing it, and keep every other session alive. */
const PASSWORD = 'correct-horse-1'
const NEW_PASSWORD = 'new-correct-horse-2'
const NEEDS_CURRENT = 'Enter your current password to change it.'

let ctx: TestPayload
let payload: Payload
let adminToken: string

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  await payload.create({ collection: 'users', data: { email: 'admin@orbit.test', password: PASSWORD, role: 'platform-admin' }, overrideAccess: true })
  adminToken = await tokenFor(payload, 'admin@orbit.test', PASSWORD)
})

afterAll(async () => {
  await ctx?.cleanup()
})

async function member(name: string) {
  const user = await payload.create({ collection: 'users', data: { email: `${name}@orbit.test`, password: PASSWORD, role: 'member' }, overrideAccess: true })
  return { id: user.id, email: user.email }
}

const patch = (token: string, id: number, body: Record<string, unknown>) =>
  apiClients(payload, token).rest(`/users/${id}`, { method: 'PATCH', body: JSON.stringify(body) })

const me = async (token: string) => (await apiClients(payload, token).rest('/users/me')).body.user as { email?: string } | null

describe(`changing a password on ${testDatabase()}`, () => {
  it('needs the current password: none or a wrong one is refused, and the password stays', async () => {
    const { id, email } = await member('no-current')
    const token = await tokenFor(payload, email, PASSWORD)
    for (const body of [{ password: NEW_PASSWORD }, { password: NEW_PASSWORD, currentPassword: 'not-it' }]) {
      const refused = await patch(token, id, body)
      expect(refused.status).toBe(400)
      expect(JSON.stringify(refused.body)).toContain(NEEDS_CURRENT)
    }
    expect(typeof (await tokenFor(payload, email, PASSWORD))).toBe('string')
  })

  it('with the current password: changed, and every other session of the user revoked', async () => {
    const { id, email } = await member('changes')
    const other = await tokenFor(payload, email, PASSWORD)
    const own = await tokenFor(payload, email, PASSWORD)
    expect((await patch(own, id, { password: NEW_PASSWORD, currentPassword: PASSWORD })).status).toBe(200)
    expect((await me(own))?.email).toBe(email)
    expect(await me(other)).toBeNull()
    expect(typeof (await tokenFor(payload, email, NEW_PASSWORD))).toBe('string')
  })

  it("a platform admin sets a member's password without it, and the member's sessions end", async () => {
    const { id, email } = await member('reset-by-admin')
    const session = await tokenFor(payload, email, PASSWORD)
    expect((await patch(adminToken, id, { password: NEW_PASSWORD })).status).toBe(200)
    expect(await me(session)).toBeNull()
  })
})
