import * as oidc from 'openid-client'

import type { SsoSettings } from '@/features/identity/settings'
import { classifySignInError, SignInError } from '@/features/identity/lib/sign-in-errors'

/**
 * The identity provider through openid-client: discovery, the authorization request (code flow
 * with PKCE, state and nonce), the code exchange with ID-token validation (signature, issuer,
 * audience, nonce, times), refresh and the end-session URL. Every failure is a SignInError.
 */
export type ProviderOptions = {
  /** Test seam: replaces fetch for every request to the provider. */
  fetch?: oidc.CustomFetch
  /** Seconds added to this server's clock when checking token times (openid-client's clockSkew). */
  clockOffsetSeconds?: number
}

/** What the callback needs to finish the sign-in that /auth/sso/start began. */
export type SignInTransaction = {
  state: string
  nonce: string
  codeVerifier: string
  redirectUri: string
  next: string
  startedAt: number
}

/** The claims the app uses, validated, plus the tokens it keeps. */
export type ProviderSignIn = {
  claims: oidc.IDToken
  idToken: string | undefined
  refreshToken: string | undefined
  /** Seconds the refresh token lives, when the provider says (Keycloak's refresh_expires_in). */
  refreshExpiresIn: number | undefined
}

const DISCOVERY_TIMEOUT_SECONDS = 10
const cache = new Map<string, Promise<oidc.Configuration>>()

export async function discoverProvider(settings: SsoSettings, options: ProviderOptions = {}): Promise<oidc.Configuration> {
  const key = `${settings.issuer}\n${settings.clientId}`
  const cacheable = !options.fetch && options.clockOffsetSeconds === undefined
  const cached = cacheable ? cache.get(key) : undefined
  if (cached) return cached
  const pending = discover(settings, options)
  if (cacheable) {
    cache.set(key, pending)
    // A failed discovery is retried by the next sign-in, not remembered.
    pending.catch(() => cache.delete(key))
  }
  return pending
}

async function discover(settings: SsoSettings, options: ProviderOptions): Promise<oidc.Configuration> {
  const insecure = settings.issuer.startsWith('http://')
  try {
    const metadata = {
      client_secret: settings.clientSecret,
      ...(options.clockOffsetSeconds === undefined ? {} : { [oidc.clockSkew]: options.clockOffsetSeconds }),
    }
    const config = await oidc.discovery(new URL(settings.issuer), settings.clientId, metadata, undefined, {
      // Plain http only for an http issuer (a provider on the same machine, the tests' Keycloak).
      execute: insecure ? [oidc.allowInsecureRequests] : [],
      timeout: DISCOVERY_TIMEOUT_SECONDS,
      ...(options.fetch ? { [oidc.customFetch]: options.fetch } : {}),
    })
    if (options.fetch) config[oidc.customFetch] = options.fetch
    // The ID token's signature is checked against the provider's keys, not only its claims.
    oidc.enableNonRepudiationChecks(config)
    return config
  } catch (error) {
    throw new SignInError('misconfigured', { cause: error })
  }
}

export async function beginSignIn(
  config: oidc.Configuration,
  settings: SsoSettings,
  { redirectUri, next }: { redirectUri: string; next: string },
): Promise<{ url: URL; transaction: SignInTransaction }> {
  const transaction: SignInTransaction = {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    codeVerifier: oidc.randomPKCECodeVerifier(),
    redirectUri,
    next,
    startedAt: Date.now(),
  }
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: settings.scopes,
    state: transaction.state,
    nonce: transaction.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(transaction.codeVerifier),
    code_challenge_method: 'S256',
  })
  return { url, transaction }
}

/** The callback: `query` is the search string the provider redirected back with. */
export async function completeSignIn(config: oidc.Configuration, transaction: SignInTransaction, query: URLSearchParams): Promise<ProviderSignIn> {
  // Checked here too, so a stale or foreign callback reads "expired" rather than a token error.
  if (query.get('state') !== transaction.state && !query.has('error')) throw new SignInError('expired')
  const callbackUrl = new URL(transaction.redirectUri)
  callbackUrl.search = query.toString()
  try {
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: transaction.codeVerifier,
      expectedState: transaction.state,
      expectedNonce: transaction.nonce,
      idTokenExpected: true,
    })
    return providerSignIn(tokens)
  } catch (error) {
    throw new SignInError(classifySignInError(error), { cause: error })
  }
}

/** A renewal with the refresh token; the claims come from the new ID token, or from userinfo. */
export async function renewSignIn(config: oidc.Configuration, refreshToken: string, subject: string): Promise<ProviderSignIn> {
  try {
    const tokens = await oidc.refreshTokenGrant(config, refreshToken)
    const signIn = providerSignIn(tokens, refreshToken)
    if (signIn.claims.sub) return signIn
    const userInfo = await oidc.fetchUserInfo(config, tokens.access_token, subject)
    return { ...signIn, claims: { ...signIn.claims, ...userInfo } }
  } catch (error) {
    throw new SignInError('session-ended', { cause: error })
  }
}

type Tokens = oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers

function providerSignIn(tokens: Tokens, previousRefreshToken?: string): ProviderSignIn {
  const expires = tokens.refresh_expires_in
  return {
    claims: tokens.claims() ?? ({} as oidc.IDToken),
    idToken: tokens.id_token,
    refreshToken: tokens.refresh_token ?? previousRefreshToken,
    refreshExpiresIn: typeof expires === 'number' && expires > 0 ? expires : undefined,
  }
}

/** Where the browser goes to end the provider's session too; null when the provider has no such endpoint. */
export function endSessionUrl(config: oidc.Configuration, { idToken, postLogoutRedirectUri }: { idToken?: string; postLogoutRedirectUri: string }): URL | null {
  if (!config.serverMetadata().end_session_endpoint) return null
  return oidc.buildEndSessionUrl(config, {
    post_logout_redirect_uri: postLogoutRedirectUri,
    ...(idToken ? { id_token_hint: idToken } : { client_id: config.clientMetadata().client_id }),
  })
}
