import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { getConsumerGroup } from '@/features/consumer-groups/queries'
import { assertInScope, currentKafkaUser, type KafkaScope } from '@/features/kafka-scope'
import { idParam } from '@/lib/list-params'
import type { KafkaConsumerGroup } from '@/payload-types'

/** One read per request however many parts of the page ask for the same group. */
const loadConsumerGroup = cache(async (id: number) => getConsumerGroup(await currentKafkaUser(), id))

/**
 * The group of a detail route, or a 404 when the id is malformed, the group does not exist, the
 * user may not read it, or it lies outside the page's scope. The detail page calls this before
 * anything streams, so the answer is a real HTTP 404; its chart reads the history of this group.
 */
export async function requireGroupInScope(scope: KafkaScope, rawId: string): Promise<KafkaConsumerGroup> {
  const id = idParam.safeParse(rawId)
  if (!id.success) notFound()
  const group = await loadConsumerGroup(id.data)
  if (!group) notFound()
  assertInScope(scope, group)
  return group
}

/** The browser title of the detail page: the object's name, then what it is ("orders · Consumer group"). */
export async function groupMetadata(scope: KafkaScope, rawId: string): Promise<Metadata> {
  const group = await requireGroupInScope(scope, rawId)
  return { title: `${group.groupId} · Consumer group` }
}
