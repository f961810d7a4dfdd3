'use server'

import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import { createOwnApiKey, revokeApiKey } from '@/features/identity/api-keys'
import type { CreateApiKeyState } from '@/features/identity/components/create-api-key'
import { currentKafkaUser } from '@/features/kafka-scope'
import { getPayloadClient } from '@/lib/payload'
import { paths } from '@/lib/paths'

async function context() {
  return { payload: await getPayloadClient(), headers: new Headers(await headers()) }
}

/** Creates (or replaces) the signed-in user's key; the key travels back in this response only. */
export async function createApiKeyAction(_: CreateApiKeyState): Promise<CreateApiKeyState> {
  const user = await currentKafkaUser()
  const key = await createOwnApiKey(await context(), user)
  revalidatePath(paths.accountApiKeys())
  return { key }
}

const revokeForm = z.object({ userId: z.coerce.number().int().positive() })

export async function revokeApiKeyAction(form: FormData) {
  const user = await currentKafkaUser()
  const parsed = revokeForm.safeParse({ userId: form.get('userId') })
  if (!parsed.success) redirect(paths.accountApiKeys({ error: 'No such account.' }))
  const result = await revokeApiKey(await context(), user, parsed.data.userId)
  redirect(paths.accountApiKeys(result.ok ? { notice: 'Key revoked: it no longer works.' } : { error: result.error }))
}
