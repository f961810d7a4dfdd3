import type { Metadata } from 'next'

import { ConsumerGroupListPage } from '@/features/consumer-groups/components/consumer-group-list-page'
import { resolveKafkaScope } from '@/features/kafka-scope'
import type { RawSearchParams } from '@/lib/search-params'

export const metadata: Metadata = { title: 'Consumer groups' }

export default async function Page({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const scope = await resolveKafkaScope({})
  return <ConsumerGroupListPage scope={scope} searchParams={await searchParams} />
}
