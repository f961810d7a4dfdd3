'use server'

import config from '@payload-config'
import { login, logout } from '@payloadcms/next/auth'
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import { recordSignIn, takeAttempt, TooManyAttempts } from '@/lib/auth-attempts/limiter'
import { accountKey, clientAddress, tooManyAttemptsMessage } from '@/lib/auth-attempts/limits'
import { createFirstAdmin } from '@/lib/bootstrap-admin'
import { getPayloadClient } from '@/lib/payload'
import { paths, safeReturnPath } from '@/lib/paths'

import { appOrigin, ssoContext } from '@/features/identity/sso-context'
import { endSsoSession, SSO_COOKIE } from '@/features/identity/sso-sign-in'

/** The email (and the setup form's name) come back so the form (which React resets after an action) keeps them. */
export type SignInState = { error?: string; email?: string; name?: string }

/** A text field of the form; '' when absent (or a file). */
function textField(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

const credentials = z.object({
  email: z.email('Enter a valid email address'),
  password: z.string().min(1, 'Enter your password'),
  next: z.string().optional(),
})

export async function signIn(_: SignInState, form: FormData): Promise<SignInState> {
  const parsed = credentials.safeParse(Object.fromEntries(form))
  const email = textField(form, 'email')
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Invalid input', email }
  // The same limits as Payload's REST and GraphQL login (src/collections/Users/hooks/limitAuthAttempts.ts).
  const payload = await getPayloadClient()
  const attempt = { address: clientAddress(await headers()), account: accountKey(parsed.data.email) }
  try {
    await takeAttempt(payload, attempt)
  } catch (error) {
    if (error instanceof TooManyAttempts) return { error: tooManyAttemptsMessage(error.retryAfterSeconds), email }
    throw error
  }
  try {
    await login({ collection: 'users', config, email: parsed.data.email, password: parsed.data.password })
  } catch {
    // One message for unknown account and wrong password: no account probing.
    return { error: 'Email or password is incorrect.', email }
  }
  await recordSignIn(payload, attempt)
  redirect(safeReturnPath(parsed.data.next))
}

const firstAdmin = z.object({
  name: z.string().trim().max(200).optional(),
  email: z.email('Enter a valid email address'),
  password: z.string().min(8, 'Use at least 8 characters'),
})

/** First run only: creates the platform admin when the database has no account yet. */
export async function createAdmin(_: SignInState, form: FormData): Promise<SignInState> {
  const parsed = firstAdmin.safeParse(Object.fromEntries(form))
  const email = textField(form, 'email')
  const name = textField(form, 'name')
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Invalid input', email, name }
  const created = await createFirstAdmin(await getPayloadClient(), parsed.data)
  if (!created) return { error: 'An administrator already exists. Sign in instead.', email, name }
  await login({ collection: 'users', config, email: parsed.data.email, password: parsed.data.password })
  redirect(paths.home())
}

/** Ends the local session and, for single sign-on, the renewal and the provider's session where it can. */
export async function signOut(): Promise<void> {
  await logout({ config })
  const jar = await cookies()
  const handle = jar.get(SSO_COOKIE)?.value
  if (!handle) redirect(paths.signIn())
  jar.delete(SSO_COOKIE)
  const signInUrl = new URL(paths.signIn(), appOrigin((await headers()).get('origin'))).href
  const ctx = await ssoContext().catch(() => null)
  const providerSignOut = ctx ? await endSsoSession(ctx, handle, signInUrl) : null
  redirect(providerSignOut?.href ?? paths.signIn())
}
