import type { Payload } from 'payload'

import { beginSignIn, discoverProvider, type ProviderOptions } from '@/features/identity/oidc-provider'
import type { SsoSettings } from '@/features/identity/settings'
import type { SsoContext } from '@/features/identity/sso-sign-in'
import { finishSignIn } from '@/features/identity/sso-sign-in'

import { KEYCLOAK_CLIENT, type KeycloakUser, signInAtKeycloak, type CookieJar } from '@tests/helpers/keycloak'
import { peers } from '@tests/helpers/peers'

/** Settings and a full sign-in against the tests' Keycloak, for the identity integration tests. */
export const REDIRECT_URI = 'http://127.0.0.1:39999/auth/sso/callback'
export const SECRET_KEY = 'identity-tests-secret-key'

export function keycloakSettings(overrides: Partial<SsoSettings> = {}): SsoSettings {
  return {
    issuer: peers.keycloakIssuer,
    clientId: KEYCLOAK_CLIENT.id,
    clientSecret: KEYCLOAK_CLIENT.secret,
    name: 'Keycloak',
    scopes: 'openid email profile',
    groupsClaim: 'groups',
    platformAdminGroups: ['/orbit/platform-admins'],
    sessionSeconds: 900,
    ...overrides,
  }
}

export async function ssoContextFor(payload: Payload, settings = keycloakSettings(), options: ProviderOptions = {}): Promise<SsoContext> {
  return { payload, settings, provider: await discoverProvider(settings, options), secretKey: SECRET_KEY }
}

/** The authorization request, Keycloak's login form, and the callback: what the browser and the routes do. */
export async function signInThroughKeycloak(ctx: SsoContext, user: KeycloakUser, options: { jar?: CookieJar; consent?: 'accept' | 'cancel' } = {}) {
  const { url, transaction } = await beginSignIn(ctx.provider, ctx.settings, { redirectUri: REDIRECT_URI, next: '/kafka' })
  const query = await signInAtKeycloak(url, REDIRECT_URI, user, options)
  return finishSignIn(ctx, transaction, query)
}

/**
 * The signed-in user of a Payload session cookie ("payload-token=…; Path=/…"), as Payload's auth
 * sees a same-origin browser request carrying it.
 */
export async function userOfCookie(payload: Payload, setCookie: string) {
  const cookie = setCookie.split(';')[0]!
  const { user } = await payload.auth({ headers: new Headers({ cookie, 'sec-fetch-site': 'same-origin' }) })
  return user
}
