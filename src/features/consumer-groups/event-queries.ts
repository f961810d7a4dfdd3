import type { TimelineEvent } from '@/features/consumer-groups/event-display'
import type { HistoryRange } from '@/features/consumer-groups/lib'
import { HISTORY_RANGE_MS } from '@/features/consumer-groups/search-params'
import { asUser } from '@/lib/as-user'
import { emptyIfForbidden } from '@/lib/forbidden'
import { getPayloadClient } from '@/lib/payload'
import type { KafkaConsumerGroup, User } from '@/payload-types'

/** Events a group page shows at most (newest first); the page says when there were more. */
export const MAX_TIMELINE_EVENTS = 200

/**
 * The group's timeline in a range ending at `end`, newest first, at most MAX_TIMELINE_EVENTS, of a
 * group the caller has already read as this user. Read as the user with overrideAccess:false (the
 * events carry the lag history's workspace rule); uses the (consumerGroup, timestamp) index.
 */
export async function getConsumerGroupEvents(
  user: User,
  group: Pick<KafkaConsumerGroup, 'id'>,
  range: HistoryRange,
  end: number,
): Promise<{ events: TimelineEvent[]; more: boolean }> {
  const payload = await getPayloadClient()
  const found = await emptyIfForbidden(
    payload.find({
      collection: 'kafka-consumer-group-events',
      where: {
        and: [{ consumerGroup: { equals: group.id } }, { timestamp: { greater_than_equal: new Date(end - HISTORY_RANGE_MS[range]).toISOString() } }],
      },
      sort: '-timestamp',
      limit: MAX_TIMELINE_EVENTS,
      depth: 0,
      select: {
        timestamp: true,
        kind: true,
        memberId: true,
        clientId: true,
        host: true,
        fromState: true,
        toState: true,
        topic: true,
        partition: true,
        fromOffset: true,
        toOffset: true,
      },
      ...asUser(user),
    }),
    null,
  )
  if (!found) return { events: [], more: false }
  const events = found.docs.map((d): TimelineEvent => ({
    id: d.id,
    time: Date.parse(d.timestamp),
    kind: d.kind,
    memberId: d.memberId ?? null,
    clientId: d.clientId ?? null,
    host: d.host ?? null,
    fromState: d.fromState ?? null,
    toState: d.toState ?? null,
    topic: d.topic ?? null,
    partition: d.partition ?? null,
    fromOffset: d.fromOffset ?? null,
    toOffset: d.toOffset ?? null,
  }))
  return { events, more: found.hasNextPage }
}
