import type { Metadata } from 'next'

import { resolveKafkaScope } from '@/features/kafka-scope'
import { TopicDetailPage } from '@/features/topics/components/topic-detail-page'
import { topicMetadata } from '@/features/topics/load-topic'

export async function generateMetadata({ params }: { params: Promise<{ slug: string; id: string }> }): Promise<Metadata> {
  const { slug, id } = await params
  return topicMetadata(await resolveKafkaScope({ slug }), id)
}

export default async function Page({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params
  const scope = await resolveKafkaScope({ slug })
  return <TopicDetailPage scope={scope} id={id} />
}
