import type { Metadata } from 'next'

import { ConsumerGroupListPage, type SearchParams } from '@/features/consumer-groups/components/consumer-group-list-page'
import { resolveKafkaScope } from '@/features/kafka-scope'

export const metadata: Metadata = { title: 'Consumer groups' }

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const scope = await resolveKafkaScope({})
  return <ConsumerGroupListPage scope={scope} searchParams={await searchParams} />
}
