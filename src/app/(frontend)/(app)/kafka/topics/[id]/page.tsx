import type { Metadata } from 'next'

import { resolveKafkaScope } from '@/features/kafka-scope'
import { TopicDetailPage } from '@/features/topics/components/topic-detail-page'

export const metadata: Metadata = { title: 'Topic' }

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const scope = await resolveKafkaScope({})
  return <TopicDetailPage scope={scope} id={id} />
}
