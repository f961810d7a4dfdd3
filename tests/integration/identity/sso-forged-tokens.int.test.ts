import { createSign, generateKeyPairSync } from 'node:crypto'

import type { CustomFetch } from 'openid-client'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createKeycloakUser, deleteKeycloakUser, ensureKeycloak } from '@tests/helpers/keycloak'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'

import { signInThroughKeycloak, ssoContextFor } from './sso-support'

/**
 * The ID token from Keycloak's token endpoint replaced on its way (a man in the middle, a
 * compromised proxy): an unsigned one, and one signed with another key under Keycloak's key id.
 * Both carry Keycloak's real claims (issuer, audience, nonce), so only the signature check refuses them.
 */
let ctx: TestPayload
let payload: Payload
const keycloakUsers: string[] = []

const b64 = (value: object | Buffer) => (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url')
const partsOf = (jwt: string) =>
  jwt.split('.').map((part, i) => (i < 2 ? (JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>) : part))

const unsigned = (idToken: string) => {
  const [, claims] = partsOf(idToken) as [Record<string, unknown>, Record<string, unknown>]
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`
}

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
const signedByAnotherKey = (idToken: string) => {
  const [header, claims] = partsOf(idToken) as [Record<string, unknown>, Record<string, unknown>]
  const input = `${b64({ alg: 'RS256', typ: 'JWT', kid: header.kid })}.${b64({ ...claims, email: 'forged@orbit.test' })}`
  return `${input}.${b64(createSign('RSA-SHA256').update(input).sign(privateKey))}`
}

/** Passes every request through, replacing the token endpoint's id_token. */
function replacingIdToken(replace: (idToken: string) => string): CustomFetch {
  return async (url, options) => {
    const response = await fetch(url, options as RequestInit)
    if (!url.endsWith('/protocol/openid-connect/token')) return response
    const body = (await response.json()) as { id_token: string }
    return new Response(JSON.stringify({ ...body, id_token: replace(body.id_token) }), { status: response.status, headers: response.headers })
  }
}

beforeAll(async () => {
  await ensureKeycloak()
  ctx = await createTestPayload()
  payload = ctx.payload
})

afterAll(async () => {
  for (const id of keycloakUsers) await deleteKeycloakUser(id).catch(() => undefined)
  await ctx?.cleanup()
})

describe(`forged ID tokens on ${testDatabase()}`, () => {
  for (const [what, replace] of [
    ['an unsigned (alg none)', unsigned],
    ['one signed with another key', signedByAnotherKey],
  ] as const) {
    it(`${what} ID token is refused as "invalid-token" and creates no account`, async () => {
      const user = await createKeycloakUser('forged', ['/orbit/payments-owners'])
      keycloakUsers.push(user.id)
      const sso = await ssoContextFor(payload, undefined, { fetch: replacingIdToken(replace) })
      await expect(signInThroughKeycloak(sso, user)).rejects.toMatchObject({ code: 'invalid-token' })
      expect((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(0)
    })
  }

  it('the same sign-in with the token untouched succeeds (the interception itself breaks nothing)', async () => {
    const user = await createKeycloakUser('untouched', ['/orbit/payments-owners'])
    keycloakUsers.push(user.id)
    const sso = await ssoContextFor(payload, undefined, { fetch: replacingIdToken((token) => token) })
    expect((await signInThroughKeycloak(sso, user)).user.email).toBe(user.email)
  })
})
