import type { Metadata } from 'next'

import { ConsumerGroupDetailPage } from '@/features/consumer-groups/components/consumer-group-detail-page'
import type { SearchParams } from '@/features/consumer-groups/components/consumer-group-list-page'
import { resolveKafkaScope } from '@/features/kafka-scope'

export const metadata: Metadata = { title: 'Consumer group' }

export default async function Page({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params
  const scope = await resolveKafkaScope({})
  return <ConsumerGroupDetailPage scope={scope} id={id} searchParams={await searchParams} />
}
