import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SignInError } from '@/features/identity/lib/sign-in-errors'
import { discoverProvider } from '@/features/identity/oidc-provider'
import { endSsoSession, renewSsoSession, type SsoContext } from '@/features/identity/sso-sign-in'

import { apiClients } from '@tests/helpers/api-clients'
import { CookieJar, createKeycloakUser, ensureKeycloak, deleteKeycloakUser, removeKeycloakUserFromGroup, signInAtKeycloak } from '@tests/helpers/keycloak'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'
import { peers } from '@tests/helpers/peers'

import { keycloakSettings, REDIRECT_URI, signInThroughKeycloak, ssoContextFor, userOfCookie } from './sso-support'

/**
 * Single sign-on against the real Keycloak (scripts/peers/keycloak.sh): accounts linked by issuer
 * and subject, workspace roles from the groups claim, renewal re-reading the groups, sign-out.
 */
let ctx: TestPayload
let payload: Payload
let sso: SsoContext
const workspaces: Record<'payments' | 'logistics' | 'unmapped', number> = { payments: 0, logistics: 0, unmapped: 0 }
const keycloakUsers: string[] = []

async function keycloakUser(prefix: string, groups: string[], email?: string) {
  const user = await createKeycloakUser(prefix, groups, email)
  keycloakUsers.push(user.id)
  return user
}

async function membershipsOf(userId: number) {
  const { docs } = await payload.find({
    collection: 'workspace-members',
    where: { user: { equals: userId } },
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  return docs.map((m) => ({ workspace: m.workspace, role: m.role, source: m.source })).sort((a, b) => Number(a.workspace) - Number(b.workspace))
}

beforeAll(async () => {
  await ensureKeycloak()
  ctx = await createTestPayload()
  payload = ctx.payload
  const create = async (slug: string, identityGroups: { owners?: string[]; admins?: string[]; members?: string[] }) =>
    (await payload.create({ collection: 'workspaces', data: { name: slug, slug, identityGroups }, overrideAccess: true })).id
  workspaces.payments = await create('payments', { owners: ['/orbit/payments-owners'], members: ['/orbit/payments-members'] })
  workspaces.logistics = await create('logistics', { members: ['/orbit/logistics-members'] })
  workspaces.unmapped = await create('unmapped', {})
  sso = await ssoContextFor(payload)
})

afterAll(async () => {
  for (const id of keycloakUsers) await deleteKeycloakUser(id).catch(() => undefined)
  await ctx?.cleanup()
})

describe(`single sign-on through Keycloak on ${testDatabase()}`, () => {
  it('creates the account on the first sign-in, linked by issuer and subject, in the workspaces its groups name', async () => {
    const alice = await keycloakUser('alice', ['/orbit/payments-owners', '/orbit/logistics-members'])
    const signIn = await signInThroughKeycloak(sso, alice)
    expect(signIn.user).toMatchObject({ email: alice.email, identityIssuer: peers.keycloakIssuer, identitySubject: alice.id, role: 'member' })
    expect(await membershipsOf(signIn.user.id)).toEqual([
      { workspace: workspaces.payments, role: 'owner', source: 'idp' },
      { workspace: workspaces.logistics, role: 'member', source: 'idp' },
    ])
    // The session cookie is Payload's own: Payload's auth recognises it.
    expect((await userOfCookie(payload, signIn.session.cookie))?.id).toBe(signIn.user.id)
    // A second sign-in finds the same account.
    const again = await signInThroughKeycloak(sso, alice)
    expect(again.user.id).toBe(signIn.user.id)
  })

  it('sessions of single-sign-on users last ORBIT_OIDC_SESSION_SECONDS', async () => {
    const short = await ssoContextFor(payload, keycloakSettings({ sessionSeconds: 120 }))
    const signIn = await signInThroughKeycloak(short, await keycloakUser('short', ['/orbit/payments-members']))
    expect(signIn.session.exp - Math.floor(Date.now() / 1000)).toBeGreaterThan(100)
    expect(signIn.session.exp - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(120)
    expect(signIn.session.cookie).toMatch(/Expires=/)
  })

  it('an unknown group grants nothing', async () => {
    const dave = await keycloakUser('dave', ['/unrelated/marketing'])
    const signIn = await signInThroughKeycloak(sso, dave)
    expect(signIn.user.role).toBe('member')
    expect(await membershipsOf(signIn.user.id)).toEqual([])
  })

  it('the platform-admin group grants platform admin, and its loss takes it away at the renewal', async () => {
    const carol = await keycloakUser('carol', ['/orbit/platform-admins'])
    const signIn = await signInThroughKeycloak(sso, carol)
    expect(signIn.user.role).toBe('platform-admin')
    await removeKeycloakUserFromGroup(carol.id, '/orbit/platform-admins')
    const renewed = await renewSsoSession(sso, signIn.handle)
    expect(renewed.user.role).toBe('member')
  })

  it('removed from a group at Keycloak: the membership is gone at the next renewal, the old session refused', async () => {
    const bob = await keycloakUser('bob', ['/orbit/payments-members', '/orbit/logistics-members'])
    const signIn = await signInThroughKeycloak(sso, bob)
    // A membership made by hand stays whatever the groups say.
    await payload.create({
      collection: 'workspace-members',
      data: { workspace: workspaces.unmapped, user: signIn.user.id, role: 'admin', status: 'active' },
      overrideAccess: true,
    })
    await removeKeycloakUserFromGroup(bob.id, '/orbit/payments-members')
    const renewed = await renewSsoSession(sso, signIn.handle)
    expect(await membershipsOf(signIn.user.id)).toEqual([
      { workspace: workspaces.logistics, role: 'member', source: 'idp' },
      { workspace: workspaces.unmapped, role: 'admin', source: 'manual' },
    ])
    expect(await userOfCookie(payload, signIn.session.cookie)).toBeNull()
    expect((await userOfCookie(payload, renewed.session.cookie))?.id).toBe(signIn.user.id)
  })

  it('a local account with the same email is not taken over', async () => {
    const local = await payload.create({
      collection: 'users',
      data: { email: 'taken@orbit.test', password: 'local-password-1', role: 'member' },
      overrideAccess: true,
    })
    const twin = await keycloakUser('twin', ['/orbit/payments-owners'], 'taken@orbit.test')
    await expect(signInThroughKeycloak(sso, twin)).rejects.toMatchObject({ code: 'email-taken' })
    const after = await payload.findByID({ collection: 'users', id: local.id, overrideAccess: true })
    expect(after.identitySubject ?? null).toBeNull()
    expect(await membershipsOf(local.id)).toEqual([])
  })

  it('a linked account cannot sign in with a password, nor extend its session with Payload refresh', async () => {
    const signIn = await signInThroughKeycloak(sso, await keycloakUser('nopassword', ['/orbit/payments-members']))
    await expect(payload.login({ collection: 'users', data: { email: signIn.user.email, password: 'anything-at-all' } })).rejects.toThrow(/incorrect/i)
    const refreshed = await apiClients(payload, signIn.session.token).rest('/users/refresh-token', { method: 'POST' })
    expect(refreshed.status).toBe(403)
  })

  it('sign-out ends the renewal, the session, and the Keycloak session through its end-session endpoint', async () => {
    const erin = await keycloakUser('erin', ['/orbit/payments-members'])
    const jar = new CookieJar()
    const signIn = await signInThroughKeycloak(sso, erin, { jar })
    const logout = await endSsoSession(sso, signIn.handle, 'http://127.0.0.1:39999/sign-in')
    expect(logout?.origin + logout!.pathname).toBe(`${peers.keycloakIssuer}/protocol/openid-connect/logout`)
    expect(logout?.searchParams.get('id_token_hint')).toBeTruthy()
    expect(await userOfCookie(payload, signIn.session.cookie)).toBeNull()
    await expect(renewSsoSession(sso, signIn.handle)).rejects.toMatchObject({ code: 'session-ended' })
    // The browser follows the URL: Keycloak ends its session and sends it back to /sign-in.
    const followed = await fetch(logout!, { headers: { cookie: jar.header() }, redirect: 'manual' })
    jar.take(followed)
    expect(followed.headers.get('location')).toBe('http://127.0.0.1:39999/sign-in')
    // Without a Keycloak session, the next authorization request asks for the password again.
    const { beginSignIn } = await import('@/features/identity/oidc-provider')
    const { url } = await beginSignIn(sso.provider, sso.settings, { redirectUri: REDIRECT_URI, next: '/kafka' })
    const page = await fetch(url, { headers: { cookie: jar.header() }, redirect: 'manual' })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('name="password"')
  })
})

describe(`single-sign-on errors on ${testDatabase()}`, () => {
  it('a misconfigured issuer is "misconfigured"', async () => {
    await expect(discoverProvider(keycloakSettings({ issuer: `${peers.keycloakUrl}/realms/no-such-realm` }))).rejects.toMatchObject({ code: 'misconfigured' })
    await expect(discoverProvider(keycloakSettings({ issuer: 'http://127.0.0.1:1/realms/orbit' }))).rejects.toBeInstanceOf(SignInError)
  })

  it('denied consent is "denied"', async () => {
    const consent = await ssoContextFor(payload, keycloakSettings({ clientId: 'orbit-app-consent', clientSecret: 'orbit-app-consent-secret' }))
    const frank = await keycloakUser('frank', ['/orbit/payments-members'])
    await expect(signInThroughKeycloak(consent, frank, { consent: 'cancel' })).rejects.toMatchObject({ code: 'denied' })
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: frank.email } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('a token outside its validity at this server\'s clock (an hour of skew) is "clock-skew"', async () => {
    const skewed = await ssoContextFor(payload, keycloakSettings(), { clockOffsetSeconds: 3_600 })
    await expect(signInThroughKeycloak(skewed, await keycloakUser('skew', ['/orbit/payments-members']))).rejects.toMatchObject({ code: 'clock-skew' })
  })

  it('a stale or foreign callback (state mismatch) is "expired"', async () => {
    const grace = await keycloakUser('grace', ['/orbit/payments-members'])
    const { beginSignIn } = await import('@/features/identity/oidc-provider')
    const { finishSignIn } = await import('@/features/identity/sso-sign-in')
    const first = await beginSignIn(sso.provider, sso.settings, { redirectUri: REDIRECT_URI, next: '/kafka' })
    const second = await beginSignIn(sso.provider, sso.settings, { redirectUri: REDIRECT_URI, next: '/kafka' })
    const query = await signInAtKeycloak(first.url, REDIRECT_URI, grace)
    await expect(finishSignIn(sso, second.transaction, query)).rejects.toMatchObject({ code: 'expired' })
  })
})
