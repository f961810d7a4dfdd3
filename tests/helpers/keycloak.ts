import { randomUUID } from 'node:crypto'

import { ensurePeers, peers } from './peers'

/**
 * The tests' Keycloak (scripts/peers/keycloak.sh, realm "orbit"): its admin REST API for users and
 * group memberships, and a browser stand-in that signs in through Keycloak's login form with plain
 * HTTP (the e2e test does the same in Chromium).
 */
export const KEYCLOAK_REALM = 'orbit'
export const KEYCLOAK_CLIENT = { id: 'orbit-app', secret: 'orbit-app-secret' }
/** The same realm's client that asks for consent (for the "denied" case). */
export const KEYCLOAK_CONSENT_CLIENT = { id: 'orbit-app-consent', secret: 'orbit-app-consent-secret' }

/** Starts the keycloak peer unless its realm answers already (e.g. one started from another checkout's state dir). */
export async function ensureKeycloak(): Promise<void> {
  const answering = await fetch(`${peers.keycloakIssuer}/.well-known/openid-configuration`).then(
    (r) => r.ok,
    () => false,
  )
  if (!answering) await ensurePeers(['keycloak'])
}

const adminBase = `${peers.keycloakUrl}/admin/realms/${KEYCLOAK_REALM}`

async function adminToken(): Promise<string> {
  const response = await fetch(`${peers.keycloakUrl}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', ...peers.keycloakAdmin }),
  })
  if (!response.ok) throw new Error(`Keycloak admin token: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { access_token: string }).access_token
}

async function admin(path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(`${adminBase}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${await adminToken()}`, 'content-type': 'application/json', ...init.headers },
  })
  if (!response.ok) throw new Error(`Keycloak admin ${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`)
  return response
}

export type KeycloakUser = { id: string; username: string; password: string; email: string }

/** A new user of the realm with a unique name (tests share the Keycloak), in the given groups (full paths). */
export async function createKeycloakUser(prefix: string, groups: string[], email?: string): Promise<KeycloakUser> {
  const username = `${prefix}-${randomUUID().slice(0, 8)}`
  const password = `${username}-password`
  const address = email ?? `${username}@orbit.test`
  const response = await admin('/users', {
    method: 'POST',
    body: JSON.stringify({
      username,
      email: address,
      emailVerified: true,
      firstName: prefix,
      lastName: 'Test',
      enabled: true,
      groups,
      credentials: [{ type: 'password', value: password, temporary: false }],
    }),
  })
  const id = response.headers.get('location')?.split('/').pop()
  if (!id) throw new Error('Keycloak created a user without a Location')
  return { id, username, password, email: address }
}

export async function removeKeycloakUserFromGroup(userId: string, groupPath: string): Promise<void> {
  const group = (await (await admin(`/group-by-path/${groupPath.replace(/^\//, '')}`)).json()) as { id: string }
  await admin(`/users/${userId}/groups/${group.id}`, { method: 'DELETE' })
}

export async function deleteKeycloakUser(userId: string): Promise<void> {
  await admin(`/users/${userId}`, { method: 'DELETE' })
}

/** Cookies per name, as a browser would keep them for Keycloak's host (paths ignored: one host). */
export class CookieJar {
  private readonly cookies = new Map<string, string>()

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const at = pair!.indexOf('=')
      const name = pair!.slice(0, at).trim()
      const value = pair!.slice(at + 1).trim()
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }

  header(): string {
    return [...this.cookies].map(([n, v]) => `${n}=${v}`).join('; ')
  }
}

const unescapeHtml = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")

function formAction(html: string, base: string): string {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1]
  if (!action) throw new Error(`no form on Keycloak's page:\n${html.slice(0, 500)}`)
  return new URL(unescapeHtml(action), base).href
}

/**
 * Follows Keycloak's redirects and pages like a browser until it redirects to `redirectUri`;
 * returns that redirect's query (code and state, or error). Signs in with the form when asked,
 * answers a consent page with `consent`.
 */
export async function signInAtKeycloak(
  authorizationUrl: URL,
  redirectUri: string,
  credentials: { username: string; password: string },
  { jar = new CookieJar(), consent = 'accept' }: { jar?: CookieJar; consent?: 'accept' | 'cancel' } = {},
): Promise<URLSearchParams> {
  let request: { url: string; body?: URLSearchParams } = { url: authorizationUrl.href }
  for (let step = 0; step < 10; step++) {
    const response = await fetch(request.url, {
      method: request.body ? 'POST' : 'GET',
      body: request.body,
      headers: { cookie: jar.header() },
      redirect: 'manual',
    })
    jar.take(response)
    const location = response.headers.get('location')
    if (location) {
      const next = new URL(location, request.url)
      if (next.href.startsWith(redirectUri)) return next.searchParams
      request = { url: next.href }
      continue
    }
    const html = await response.text()
    if (html.includes('name="password"')) {
      request = {
        url: formAction(html, request.url),
        body: new URLSearchParams({ username: credentials.username, password: credentials.password, credentialId: '' }),
      }
    } else if (html.includes('name="accept"')) {
      const code = /name="code" value="([^"]+)"/.exec(html)?.[1] ?? ''
      request = { url: formAction(html, request.url), body: new URLSearchParams({ code, [consent]: 'x' }) }
    } else {
      throw new Error(`unexpected Keycloak page (${response.status}):\n${html.slice(0, 800)}`)
    }
  }
  throw new Error('Keycloak did not redirect back within 10 steps')
}
