import type { Metadata } from 'next'

import { resolveKafkaScope } from '@/features/kafka-scope'
import { TopicDetailPage } from '@/features/topics/components/topic-detail-page'

export const metadata: Metadata = { title: 'Topic' }

export default async function Page({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params
  const scope = await resolveKafkaScope({ slug })
  return <TopicDetailPage scope={scope} id={id} />
}
