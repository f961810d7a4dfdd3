import type { Metadata } from 'next'

import { resolveKafkaScope } from '@/features/kafka-scope'
import { TopicDetailPage } from '@/features/topics/components/topic-detail-page'
import { topicMetadata } from '@/features/topics/load-topic'

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params
  return topicMetadata(await resolveKafkaScope({}), id)
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const scope = await resolveKafkaScope({})
  return <TopicDetailPage scope={scope} id={id} />
}
