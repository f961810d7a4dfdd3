import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { assertInScope, currentKafkaUser, type KafkaScope } from '@/features/kafka-scope'
import { getTopic } from '@/features/topics/queries'
import { idParam } from '@/lib/list-params'
import type { KafkaTopic } from '@/payload-types'

/** One read per request however many parts of the page ask for the same topic. */
const loadTopic = cache(async (id: number) => getTopic(await currentKafkaUser(), id))

/**
 * The topic of a detail route, or a 404 when the id is malformed, the topic does not exist, the
 * user may not read it, or it lies outside the page's scope. Called before anything streams (no
 * loading.tsx above the detail page), so the answer is a real HTTP 404.
 */
export async function requireTopicInScope(scope: KafkaScope, rawId: string): Promise<KafkaTopic> {
  const id = idParam.safeParse(rawId)
  if (!id.success) notFound()
  const topic = await loadTopic(id.data)
  if (!topic) notFound()
  assertInScope(scope, topic)
  return topic
}

/** The browser title of the detail page: the object's name, then what it is ("orders · Topic"). */
export async function topicMetadata(scope: KafkaScope, rawId: string): Promise<Metadata> {
  const topic = await requireTopicInScope(scope, rawId)
  return { title: `${topic.name} · Topic` }
}
