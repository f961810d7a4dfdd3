import { Badge } from '@/components/badge'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { Fact } from '@/components/fact'
import { RelativeTime, requestTime } from '@/components/relative-time'
import { SyncHealthBanner } from '@/components/sync-health-banner'
import { formatCount } from '@/features/consumer-groups/display'
import { currentKafkaUser, getScopeSyncHealth, scopeLinks, type KafkaScope } from '@/features/kafka-scope'
import { OwnerFacts } from '@/features/kafka-scope/components/owner-facts'
import { ownerLinks } from '@/features/kafka-scope/owner-links'
import { TOPIC_CONFIG_KEYS, topicConfigsSchema } from '@/features/topics/lib'
import { requireTopicInScope } from '@/features/topics/load-topic'
import { getTopicConsumers, getTopicSchemas, topicSchemasKey } from '@/features/topics/queries'
import { toTopicConsumerRows, toTopicPartitionRows } from '@/features/topics/rows'

import { SchemaRef } from '@/features/topics/components/schema-ref'
import { TopicConsumersTable } from '@/features/topics/components/topic-consumers-table'
import { TopicPartitionsTable } from '@/features/topics/components/topic-partitions-table'

/** Rendered on the server per request, so "now" is the request time. */

const nameOf = (value: unknown): string | null => (value && typeof value === 'object' && 'name' in value && typeof value.name === 'string' ? value.name : null)

/**
 * One topic: owner and virtual cluster (linked), key and value schemas (linked, with the latest
 * version's verdict), configs, partitions with log offsets, and the groups consuming it with their
 * lag on it. Another workspace's topic, or one outside the scope, is a 404 before anything streams.
 */
export async function TopicDetailPage({ scope, id }: { scope: KafkaScope; id: string }) {
  const topic = await requireTopicInScope(scope, id)
  const user = await currentKafkaUser()
  const links = scopeLinks(scope)
  const [schemas, consumers, health] = await Promise.all([
    getTopicSchemas(user, [topic]),
    getTopicConsumers(user, topic.id),
    getScopeSyncHealth(user, scope, ['topicSync']),
  ])
  const { key, value } = schemas.get(topicSchemasKey(topic)) ?? { key: null, value: null }
  const partitions = toTopicPartitionRows(topic.partitionDetail)
  const consumerRows = toTopicConsumerRows(topic.fullName, consumers)
  const configs = topicConfigsSchema.safeParse(topic.configs ?? {})
  const configValues = configs.success ? configs.data : {}
  const records = partitions.reduce((sum, p) => sum + (p.records ?? 0), 0)
  const cluster = nameOf(topic.cluster)

  return (
    <article className="grid gap-6" data-testid="topic-detail-page">
      <Breadcrumbs items={[{ label: links.title, href: links.overview }, { label: 'Topics', href: links.topics }, { label: topic.name }]} />
      <header className="grid gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold break-all" data-testid="topic-name">
            {topic.name}
          </h1>
          {topic.status === 'deleted' ? (
            <Badge tone="muted" data-testid="topic-deleted">
              deleted from the cluster
            </Badge>
          ) : null}
          {topic.internal ? <Badge tone="info">internal</Badge> : null}
        </div>
        {topic.fullName !== topic.name ? <p className="text-sm break-all text-muted-foreground">Physical name: {topic.fullName}</p> : null}
        <OwnerFacts owners={ownerLinks(topic)} extra={cluster ? [`Cluster: ${cluster}`] : []} />
        <dl className="mt-2 grid grid-cols-2 gap-4 rounded-xl border bg-card p-4 sm:grid-cols-3 lg:grid-cols-6">
          <Fact label="Partitions" value={formatCount(topic.partitions)} testId="fact-partitions" />
          <Fact label="Replication factor" value={formatCount(topic.replicationFactor)} testId="fact-replication" />
          <Fact label="Records" value={formatCount(records)} testId="fact-records" />
          <Fact label="Key schema" value={<SchemaRef schema={key} href={links.schema} testId="topic-key-schema" />} />
          <Fact label="Value schema" value={<SchemaRef schema={value} href={links.schema} testId="topic-value-schema" />} />
          <Fact label="Last synced" value={<RelativeTime iso={topic.lastSeenAt} now={requestTime()} />} />
        </dl>
      </header>
      <SyncHealthBanner clusters={health} />

      <section className="grid gap-3" aria-labelledby="consumers-heading">
        <h2 id="consumers-heading" className="text-lg font-semibold">
          Consumer groups
        </h2>
        <TopicConsumersTable rows={consumerRows} scope={scope} />
      </section>

      <section className="grid gap-3" aria-labelledby="partitions-heading">
        <h2 id="partitions-heading" className="text-lg font-semibold">
          Partitions
        </h2>
        <TopicPartitionsTable rows={partitions} />
      </section>

      <section className="grid gap-3" aria-labelledby="configs-heading">
        <h2 id="configs-heading" className="text-lg font-semibold">
          Configs
        </h2>
        <dl className="grid grid-cols-1 gap-3 rounded-xl border bg-card p-4 sm:grid-cols-2 lg:grid-cols-5" data-testid="topic-configs">
          {TOPIC_CONFIG_KEYS.map((name) => (
            <Fact key={name} label={name} value={configValues[name] ?? '—'} testId={`config-${name}`} />
          ))}
        </dl>
      </section>
    </article>
  )
}
