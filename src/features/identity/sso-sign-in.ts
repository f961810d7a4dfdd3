import { createHash, randomBytes } from 'node:crypto'

import type { Configuration } from 'openid-client'
import type { Payload } from 'payload'

import { decryptSecret, encryptSecret } from '@/lib/crypto/secrets'
import type { IdentitySession, User } from '@/payload-types'

import { identityFromClaims } from '@/features/identity/lib/identity-claims'
import { SignInError } from '@/features/identity/lib/sign-in-errors'
import { linkUser } from '@/features/identity/link-user'
import { completeSignIn, endSessionUrl, type ProviderSignIn, renewSignIn, type SignInTransaction } from '@/features/identity/oidc-provider'
import { type IssuedSession, issuePayloadSession, revokePayloadSession } from '@/features/identity/payload-session'
import type { SsoSettings } from '@/features/identity/settings'
import { syncIdpMemberships } from '@/features/identity/sync-memberships'

/**
 * Single sign-on from callback to sign-out, without Next (the routes in src/app/(frontend)/auth/sso
 * set the cookies): the account is linked, its memberships follow the groups, a short Payload
 * session is issued, and an identity-sessions row keeps the provider's tokens for the renewal.
 */
export const SSO_COOKIE = 'orbit-sso'

export type SsoContext = { payload: Payload; settings: SsoSettings; provider: Configuration; secretKey: string }

export type EstablishedSignIn = {
  user: User
  session: IssuedSession
  /** The value of the orbit-sso cookie, and how long it may live. */
  handle: string
  handleMaxAgeSeconds: number
}

/** Without a refresh lifetime from the provider, the handle lives as long as Payload's longest session. */
const DEFAULT_HANDLE_SECONDS = 12 * 3_600

export function hashHandle(handle: string): string {
  return createHash('sha256').update(handle).digest('base64url')
}

export async function finishSignIn(ctx: SsoContext, transaction: SignInTransaction, query: URLSearchParams): Promise<EstablishedSignIn> {
  const signIn = await completeSignIn(ctx.provider, transaction, query)
  const handle = randomBytes(32).toString('base64url')
  return establish(ctx, signIn, { handle })
}

/** Renews the Payload session with the provider's refresh token, re-reading the groups. */
export async function renewSsoSession(ctx: SsoContext, handle: string): Promise<EstablishedSignIn> {
  const row = await findRow(ctx.payload, handle)
  if (!row) throw new SignInError('session-ended')
  const user = typeof row.user === 'object' ? row.user : null
  const refreshToken = row.refreshToken ? decryptSecret(row.refreshToken, ctx.secretKey) : undefined
  let signIn: ProviderSignIn
  try {
    if (!refreshToken || !user?.identitySubject) throw new SignInError('session-ended')
    signIn = await renewSignIn(ctx.provider, refreshToken, user.identitySubject)
    if (signIn.claims.sub !== user.identitySubject || signIn.claims.iss !== user.identityIssuer) throw new SignInError('invalid-token')
  } catch (error) {
    await endRow(ctx.payload, row)
    throw error
  }
  await revokePayloadSession(ctx.payload, user.id, row.sid)
  return establish(ctx, { ...signIn, idToken: signIn.idToken ?? decryptOptional(row.idToken, ctx.secretKey) }, { handle, row })
}

/**
 * Ends the renewal and the Payload session of this handle; the URL that ends the provider's
 * session too (null when it has no end_session_endpoint or the handle is unknown).
 */
export async function endSsoSession(ctx: SsoContext, handle: string, postLogoutRedirectUri: string): Promise<URL | null> {
  const row = await findRow(ctx.payload, handle)
  if (!row) return null
  await endRow(ctx.payload, row)
  return endSessionUrl(ctx.provider, { idToken: decryptOptional(row.idToken, ctx.secretKey), postLogoutRedirectUri })
}

async function establish(ctx: SsoContext, signIn: ProviderSignIn, { handle, row }: { handle: string; row?: IdentitySession }): Promise<EstablishedSignIn> {
  const { payload, settings, secretKey } = ctx
  const identity = identityFromClaims(signIn.claims, settings.groupsClaim)
  const user = await linkUser(payload, settings, identity)
  await syncIdpMemberships(payload, user, identity.groups)
  const session = await issuePayloadSession(payload, user.id, settings.sessionSeconds)
  const handleMaxAgeSeconds = signIn.refreshExpiresIn ?? DEFAULT_HANDLE_SECONDS
  const now = Date.now()
  const data = {
    user: user.id,
    handleHash: hashHandle(handle),
    sid: session.sid,
    refreshToken: signIn.refreshToken ? encryptSecret(signIn.refreshToken, secretKey) : null,
    idToken: signIn.idToken ? encryptSecret(signIn.idToken, secretKey) : null,
    renewedAt: new Date(now).toISOString(),
    expiresAt: new Date(now + handleMaxAgeSeconds * 1000).toISOString(),
  }
  if (row) await payload.update({ collection: 'identity-sessions', id: row.id, data, overrideAccess: true })
  else await payload.create({ collection: 'identity-sessions', data, overrideAccess: true })
  return { user, session, handle, handleMaxAgeSeconds }
}

async function findRow(payload: Payload, handle: string): Promise<IdentitySession | null> {
  const { docs } = await payload.find({
    collection: 'identity-sessions',
    where: { handleHash: { equals: hashHandle(handle) }, expiresAt: { greater_than: new Date().toISOString() } },
    limit: 1,
    depth: 1,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return docs[0] ?? null
}

async function endRow(payload: Payload, row: IdentitySession): Promise<void> {
  const userId = typeof row.user === 'object' ? row.user?.id : row.user
  if (userId) await revokePayloadSession(payload, userId, row.sid)
  await payload.delete({ collection: 'identity-sessions', id: row.id, overrideAccess: true })
}

function decryptOptional(stored: string | null | undefined, key: string): string | undefined {
  return stored ? decryptSecret(stored, key) : undefined
}
