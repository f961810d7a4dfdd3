import type { Payload } from 'payload'

import { chunk } from '@/lib/chunk'
import { atomically, drizzleOf, type RawDb, sql, tableOf } from '@/sync/db/raw'

const PATH = 'subscribedTopics'

/**
 * Links each group to the kafka-topics documents of its subscribed topics (matched by physical
 * name on the same cluster), through Payload's relationship table. Only groups whose set of
 * linked topics changed are rewritten, so a steady cluster costs two reads per cycle.
 */
export async function linkSubscribedTopics(payload: Payload, clusterId: number, groups: { id: number; topicNames: string[] }[]): Promise<number> {
  const db = drizzleOf(payload)
  const topics = tableOf(payload, 'kafka_topics')
  const groupsTable = tableOf(payload, 'kafka_consumer_groups')
  const rels = tableOf(payload, 'kafka_consumer_groups_rels')
  const topicIds = new Map(
    (
      await db
        .select({ id: topics.id, fullName: topics.fullName })
        .from(topics)
        .where(sql`${topics.cluster} = ${clusterId}`)
    ).map((t) => [t.fullName, t.id]),
  )
  const existing = await db
    .select({ parent: rels.parent, topic: rels['kafka-topicsID'] })
    .from(rels)
    .innerJoin(groupsTable, sql`${groupsTable.id} = ${rels.parent}`)
    .where(sql`${groupsTable.cluster} = ${clusterId} AND ${rels.path} = ${PATH}`)
  const linked = new Map<number, Set<number>>()
  for (const row of existing) if (row.topic !== null) (linked.get(row.parent) ?? linked.set(row.parent, new Set()).get(row.parent)!).add(row.topic)

  const changed: { id: number; topicIds: number[] }[] = []
  for (const group of groups) {
    const wanted = [...new Set(group.topicNames.map((name) => topicIds.get(name)).filter((id): id is number => id !== undefined))]
    const current = linked.get(group.id) ?? new Set<number>()
    if (wanted.length !== current.size || wanted.some((id) => !current.has(id))) changed.push({ id: group.id, topicIds: wanted })
  }
  if (changed.length === 0) return 0
  const statements = chunk(changed, 500).flatMap((part) => {
    const ids = part.map((g) => g.id)
    const rows = part.flatMap((g) => g.topicIds.map((topic, order) => ({ parent: g.id, path: PATH, order: order + 1, 'kafka-topicsID': topic })))
    return [
      (tx: RawDb) => tx.delete(rels).where(sql`${rels.path} = ${PATH} AND ${rels.parent} IN ${ids}`),
      ...chunk(rows, 1_000).map((values) => (tx: RawDb) => tx.insert(rels).values(values)),
    ]
  })
  await atomically(payload, statements)
  return changed.length
}
