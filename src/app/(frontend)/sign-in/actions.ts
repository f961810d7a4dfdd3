'use server'

import config from '@payload-config'
import { login, logout } from '@payloadcms/next/auth'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import { createFirstAdmin } from '@/lib/bootstrap-admin'
import { getPayloadClient } from '@/lib/payload'
import { paths, safeReturnPath } from '@/lib/paths'

/** The email comes back so the form (which React resets after an action) keeps it. */
export type SignInState = { error?: string; email?: string }

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
  try {
    await login({ collection: 'users', config, email: parsed.data.email, password: parsed.data.password })
  } catch {
    // One message for unknown account, wrong password and locked account: no account probing.
    return { error: 'Email or password is incorrect.', email }
  }
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
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Invalid input', email }
  const created = await createFirstAdmin(await getPayloadClient(), parsed.data)
  if (!created) return { error: 'An administrator already exists. Sign in instead.', email }
  await login({ collection: 'users', config, email: parsed.data.email, password: parsed.data.password })
  redirect(paths.home())
}

export async function signOut(): Promise<void> {
  await logout({ config })
  redirect(paths.signIn())
}
