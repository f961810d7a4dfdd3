import type { Where } from 'payload'

import { topicSubjects } from '@/features/topics/lib/types'
import { topicListParams, type TopicListParams } from '@/features/topics/search-params'
import type { TopicSchemaRef } from '@/features/topics/rows'
import { emptyIfForbidden, listPageOrEmpty } from '@/lib/forbidden'
import { ownershipWhere } from '@/lib/list-params'
import { asUser } from '@/lib/as-user'
import { getPayloadClient } from '@/lib/payload'
import type { KafkaConsumerGroup, KafkaSchema, KafkaTopic, User } from '@/payload-types'

/**
 * Topic reads for pages: Local API with the user and overrideAccess:false (a member reads only the
 * topics, schemas and groups of their workspaces); filters, sort and pages in the database.
 */

const LIST_FIELDS = {
  name: true,
  fullName: true,
  partitions: true,
  replicationFactor: true,
  consumerGroupCount: true,
  worstGroupLag: true,
  status: true,
  internal: true,
  workspace: true,
  application: true,
  virtualCluster: true,
  cluster: true,
} as const

export function topicListWhere(params: Partial<TopicListParams>): Where {
  const and: Where[] = ownershipWhere(params)
  if (params.search) and.push({ or: [{ name: { like: params.search } }, { fullName: { like: params.search } }] })
  if (params.status) and.push({ status: { equals: params.status } })
  and.push(params.internal ? { internal: { equals: true } } : { internal: { not_equals: true } })
  if (params.hasLag === true) and.push({ worstGroupLag: { greater_than: 0 } })
  if (params.hasLag === false) and.push({ worstGroupLag: { equals: 0 } })
  return { and }
}

export async function getTopics(user: User, input: unknown) {
  const params = topicListParams.parse(input ?? {})
  const payload = await getPayloadClient()
  return listPageOrEmpty<KafkaTopic>(
    payload.find({
      collection: 'kafka-topics',
      where: topicListWhere(params),
      sort: [params.sort, 'fullName'],
      page: params.page,
      limit: params.limit,
      depth: 1,
      select: LIST_FIELDS,
      ...asUser(user),
    }),
    params,
  )
}

/** One topic with partitions and configs, or null when absent or not the user's (404). */
export async function getTopic(user: User, id: number): Promise<KafkaTopic | null> {
  const payload = await getPayloadClient()
  const found = await emptyIfForbidden(payload.find({ collection: 'kafka-topics', where: { id: { equals: id } }, limit: 1, depth: 1, ...asUser(user) }), null)
  return found?.docs[0] ?? null
}

type TopicKey = Pick<KafkaTopic, 'fullName' | 'cluster'>
const clusterIdOf = (cluster: KafkaTopic['cluster']) => (typeof cluster === 'object' ? cluster.id : cluster)
const schemaKey = (clusterId: number, subject: string) => `${clusterId}\u0000${subject}`
/** The key of getTopicSchemas' map for a topic. */
export const topicSchemasKey = (topic: TopicKey) => schemaKey(clusterIdOf(topic.cluster), topic.fullName)

/**
 * The key and value schemas (TopicNameStrategy subjects on the topic's cluster) of the given topics
 * with their latest version's verdict, as the user may read them: two queries for a whole page.
 */
export async function getTopicSchemas(user: User, topics: TopicKey[]): Promise<Map<string, { key: TopicSchemaRef | null; value: TopicSchemaRef | null }>> {
  const result = new Map<string, { key: TopicSchemaRef | null; value: TopicSchemaRef | null }>()
  if (topics.length === 0) return result
  const payload = await getPayloadClient()
  const subjects = topics.flatMap((t) => Object.values(topicSubjects(t.fullName)))
  const schemas = await emptyIfForbidden(
    payload.find({
      collection: 'kafka-schemas',
      where: { subject: { in: subjects } },
      select: { subject: true, cluster: true, latestVersion: true },
      depth: 0,
      pagination: false,
      ...asUser(user),
    }),
    { docs: [] },
  )
  const latest = schemas.docs.filter((s) => typeof s.latestVersion === 'number')
  const versions = latest.length
    ? await emptyIfForbidden(
        payload.find({
          collection: 'kafka-schema-versions',
          where: { or: latest.map((s): Where => ({ and: [{ schema: { equals: s.id } }, { version: { equals: s.latestVersion } }] })) },
          select: { schema: true, isCompatible: true },
          depth: 0,
          pagination: false,
          ...asUser(user),
        }),
        { docs: [] },
      )
    : { docs: [] }
  const verdicts = new Map(versions.docs.map((v) => [typeof v.schema === 'object' ? v.schema.id : v.schema, v.isCompatible ?? null]))
  const bySubject = new Map(
    schemas.docs.map((s) => [
      schemaKey(clusterIdOf(s.cluster), s.subject),
      { id: s.id, subject: s.subject, latestVersion: s.latestVersion ?? null, isCompatible: verdicts.get(s.id) ?? null },
    ]),
  )
  for (const t of topics) {
    const { key, value } = topicSubjects(t.fullName)
    const cluster = clusterIdOf(t.cluster)
    result.set(topicSchemasKey(t), { key: bySubject.get(schemaKey(cluster, key)) ?? null, value: bySubject.get(schemaKey(cluster, value)) ?? null })
  }
  return result
}

/** The consumer groups (that the user may read) linked to the topic by the consumer-group sync, with their partition detail. */
export async function getTopicConsumers(user: User, topicId: number): Promise<KafkaConsumerGroup[]> {
  const payload = await getPayloadClient()
  const found = await emptyIfForbidden(
    payload.find({
      collection: 'kafka-consumer-groups',
      where: { and: [{ subscribedTopics: { in: [topicId] } }, { status: { not_equals: 'archived' } }] },
      select: { groupId: true, state: true, lagStatus: true, lagRule: true, lagReason: true, partitionDetail: true },
      depth: 0,
      limit: 200,
      ...asUser(user),
    }),
    { docs: [] as KafkaConsumerGroup[] },
  )
  return found.docs as KafkaConsumerGroup[]
}

/** Topic counts of a scope for its overview: active topics and those a group lags on. */
export async function getTopicSummary(user: User, input: unknown = {}) {
  const params = topicListParams.parse(input ?? {})
  const payload = await getPayloadClient()
  const base = topicListWhere({ ...params, hasLag: undefined })
  const count = async (extra?: Where) =>
    (await emptyIfForbidden(payload.count({ collection: 'kafka-topics', where: extra ? { and: [base, extra] } : base, ...asUser(user) }), { totalDocs: 0 }))
      .totalDocs
  const [total, lagging] = await Promise.all([count(), count({ worstGroupLag: { greater_than: 0 } })])
  return { total, lagging }
}

/**
 * The topic a schema belongs to, as the user may read it: the one the schema sync linked, else the
 * topic its TopicNameStrategy name points at on its cluster (subjects synced before their topic
 * existed keep no link until they change). Null when there is none the user may see.
 */
export async function getSchemaTopic(user: User, schema: Pick<KafkaSchema, 'topic' | 'topicName' | 'cluster'>): Promise<{ id: number; name: string } | null> {
  if (schema.topic && typeof schema.topic === 'object') return { id: schema.topic.id, name: schema.topic.name }
  if (!schema.topicName) return null
  const payload = await getPayloadClient()
  const found = await emptyIfForbidden(
    payload.find({
      collection: 'kafka-topics',
      where: { and: [{ cluster: { equals: clusterIdOf(schema.cluster) } }, { fullName: { equals: schema.topicName } }] },
      select: { name: true },
      limit: 1,
      depth: 0,
      ...asUser(user),
    }),
    { docs: [] },
  )
  const topic = found.docs[0]
  return topic ? { id: topic.id, name: topic.name } : null
}
