import type { Metadata } from 'next'

import { ConsumerGroupDetailPage } from '@/features/consumer-groups/components/consumer-group-detail-page'
import { resolveKafkaScope } from '@/features/kafka-scope'
import type { RawSearchParams } from '@/lib/search-params'

export const metadata: Metadata = { title: 'Consumer group' }

export default async function Page({ params, searchParams }: { params: Promise<{ slug: string; id: string }>; searchParams: Promise<RawSearchParams> }) {
  const { slug, id } = await params
  const scope = await resolveKafkaScope({ slug })
  return <ConsumerGroupDetailPage scope={scope} id={id} searchParams={await searchParams} />
}
