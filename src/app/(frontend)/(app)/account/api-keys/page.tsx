import type { Metadata } from 'next'

import { createApiKeyAction, revokeApiKeyAction } from '@/app/(frontend)/(app)/account/api-keys/actions'
import { requestTime } from '@/components/relative-time'
import { getApiKeysView } from '@/features/identity/api-keys'
import { ApiKeysPage } from '@/features/identity/components/api-keys-page'
import { currentKafkaUser } from '@/features/kafka-scope'
import { getPayloadClient } from '@/lib/payload'

export const metadata: Metadata = { title: 'API keys' }

const text = (value: string | string[] | undefined) => (typeof value === 'string' ? value.slice(0, 500) : undefined)

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await currentKafkaUser()
  const query = await searchParams
  const view = await getApiKeysView({ payload: await getPayloadClient() }, user)
  return (
    <ApiKeysPage
      view={view}
      userId={user.id}
      now={requestTime()}
      createAction={createApiKeyAction}
      revokeAction={revokeApiKeyAction}
      notice={text(query.notice)}
      error={text(query.error)}
    />
  )
}
