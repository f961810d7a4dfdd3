import type { Metadata } from 'next'

import { resolveKafkaScope } from '@/features/kafka-scope'
import { TopicListPage } from '@/features/topics/components/topic-list-page'
import type { RawSearchParams } from '@/lib/search-params'

export const metadata: Metadata = { title: 'Topics' }

export default async function Page({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const scope = await resolveKafkaScope({})
  return <TopicListPage scope={scope} searchParams={await searchParams} />
}
