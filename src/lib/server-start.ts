import { ensureAdminFromEnv } from '@/lib/bootstrap-admin'
import { getPayloadClient } from '@/lib/payload'

export async function onServerStart(): Promise<void> {
  const payload = await getPayloadClient()
  await ensureAdminFromEnv(payload)
}
