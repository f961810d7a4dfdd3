import type { Payload } from 'payload'

import { createKafkaAdminClient, type KafkaAdminClient } from '@/integrations/kafka'
import { loadClusterConnection } from '@/sync/cluster-connection'
import { bulkUpsert } from '@/sync/db/bulk-upsert'
import { drizzleOf, nowIso, sql, tableOf } from '@/sync/db/raw'
import { fetchGroupPositions } from '@/sync/activities/group-positions'
import { loadOwnership } from '@/sync/activities/ownership'
import { ownershipSignature, reownIfMovedDuring } from '@/sync/reown/moved-during'

import { membershipEvents } from '@/sync/activities/group-events/membership-events'
import { linkSubscribedTopics } from '@/sync/activities/consumer-group-sync/subscribed-topics'
import { buildGroupRow, groupsToArchive, type GroupLifecycle, type StoredGroup } from '@/sync/activities/consumer-group-sync/build-rows'

export type KafkaClientFactory = (clusterId: number) => Promise<KafkaAdminClient>

const UPDATED_ON_SYNC = [
  'workspace',
  'virtualCluster',
  'application',
  'groupType',
  'protocolType',
  'state',
  'memberCount',
  'members',
  'coordinatorBroker',
  'assignmentStrategy',
  'subscribedTopicNames',
  'status',
  'emptySince',
  'lastSeenAt',
  'updatedAt',
]

export function createConsumerGroupSyncActivities(payload: Payload, kafkaClient: KafkaClientFactory, lifecycle: GroupLifecycle) {
  return {
    /**
     * The consumer group sync of one cluster in one pass: list every group (all types), describe them
     * in batches, read committed offsets for many groups per request, upsert all groups in bulk.
     * A failed listing throws before anything is written, so no status changes.
     */
    async consumerGroupSync({ clusterId }: { clusterId: number }): Promise<Record<string, number>> {
      const client = await kafkaClient(clusterId)
      const ownedBy = await ownershipSignature(payload, clusterId)
      const listings = await client.listGroups()
      const [descriptions, committed, ownership, stored] = await Promise.all([
        client.describeGroups(listings),
        fetchGroupPositions(client, listings),
        loadOwnership(payload, clusterId),
        storedGroups(payload, clusterId),
      ])
      const byId = new Map(descriptions.map((d) => [d.groupId, d]))
      const storedById = new Map(stored.map((g) => [g.groupId, g]))
      const now = new Date()
      const rows = listings.map((listing) =>
        buildGroupRow({
          clusterId,
          listing,
          description: byId.get(listing.groupId),
          committed: committed.get(listing.groupId) ?? [],
          stored: storedById.get(listing.groupId),
          ownership,
          lifecycle,
          now,
        }),
      )
      const events = await membershipEvents(payload, clusterId, rows, now) // the group's timeline: compared before the rows are overwritten
      const written = await bulkUpsert(
        payload,
        { table: 'kafka_consumer_groups', conflict: ['cluster', 'groupId'], update: UPDATED_ON_SYNC, returning: ['id', 'groupId'] },
        rows,
      )
      await events.write()
      // A change of virtual clusters during this sync: the owners written above may be the old ones.
      const reowned = await reownIfMovedDuring(payload, clusterId, ownedBy)
      const topicsOf = new Map(rows.map((r) => [r.groupId as string, r.subscribedTopicNames as string[]]))
      const relinked = await linkSubscribedTopics(
        payload,
        clusterId,
        written.map((w) => ({ id: w.id, topicNames: topicsOf.get(w.groupId) ?? [] })),
      )
      const archive = groupsToArchive(stored, new Set(listings.map((g) => g.groupId)), lifecycle, now)
      if (archive.length) {
        const t = tableOf(payload, 'kafka_consumer_groups')
        await drizzleOf(payload)
          .update(t)
          .set({ status: 'archived', updatedAt: nowIso() })
          .where(sql`${t.cluster} = ${clusterId} AND ${t.groupId} IN ${archive}`)
      }
      return {
        groups: rows.length,
        inactive: rows.filter((r) => r.status === 'inactive').length,
        archived: archive.length,
        events: events.events,
        reowned: reowned ? 1 : 0,
        topicLinksChanged: relinked,
        requests: client.requestCount,
      }
    },
  }
}

async function storedGroups(payload: Payload, clusterId: number): Promise<StoredGroup[]> {
  const t = tableOf(payload, 'kafka_consumer_groups')
  return drizzleOf(payload)
    .select({ groupId: t.groupId, status: t.status, emptySince: t.emptySince, lastSeenAt: t.lastSeenAt })
    .from(t)
    .where(sql`${t.cluster} = ${clusterId}`)
}

/** Admin clients are reused across cycles (connections kept), keyed by cluster and its settings. */
export function cachedKafkaClients(payload: Payload): KafkaClientFactory {
  const cache = new Map<number, { key: string; client: KafkaAdminClient }>()
  return async (clusterId) => {
    const connection = await loadClusterConnection(payload, clusterId)
    const key = JSON.stringify(connection)
    const cached = cache.get(clusterId)
    if (cached?.key === key) return cached.client
    await cached?.client.close().catch(() => undefined)
    const client = createKafkaAdminClient(connection)
    cache.set(clusterId, { key, client })
    return client
  }
}
