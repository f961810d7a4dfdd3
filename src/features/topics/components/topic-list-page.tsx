import { FilterBar, type FilterDefinition } from '@/components/filter-bar'
import { Pagination } from '@/components/pagination'
import { ListEmptyState } from '@/components/list-empty-state'
import { SyncHealthBanner } from '@/components/sync-health-banner'
import { currentKafkaUser, getScopeSyncHealth, scopeFilters, scopeLinks, type KafkaScope } from '@/features/kafka-scope'
import { getOwnershipFilterOptions, ownershipFilters } from '@/features/kafka-scope/ownership-filter-options'
import { getTopicSchemas, getTopics, topicSchemasKey } from '@/features/topics/queries'
import { toTopicListRow } from '@/features/topics/rows'
import { topicListParams } from '@/features/topics/search-params'
import { firstValues, type RawSearchParams } from '@/lib/search-params'

import { TopicTable } from '@/features/topics/components/topic-table'

/**
 * The topic list of a scope (all workspaces, one workspace, one virtual cluster): filters, sort and
 * page from the URL, applied in the database; the scope's own filters always win.
 */
export async function TopicListPage({ scope, searchParams }: { scope: KafkaScope; searchParams: RawSearchParams }) {
  const user = await currentKafkaUser()
  const raw = firstValues(searchParams)
  if (scope.kind === 'virtualCluster') for (const key of ['application', 'environment', 'cluster']) delete raw[key]
  const params = { ...topicListParams.parse(raw), ...scopeFilters(scope) }
  const [list, syncHealth, choices] = await Promise.all([
    getTopics(user, params),
    getScopeSyncHealth(user, scope, ['topicSync']),
    getOwnershipFilterOptions(user, scope),
  ])
  const schemas = await getTopicSchemas(user, list.docs)
  const rows = list.docs.map((doc) => toTopicListRow(doc, schemas.get(topicSchemasKey(doc))))
  const links = scopeLinks(scope)
  const value = (key: string) => (params as Record<string, unknown>)[key]?.toString()
  const yesNo = (yes: string, no: string) => [
    { value: 'true', label: yes },
    { value: 'false', label: no },
  ]

  const filters: FilterDefinition[] = [
    ...ownershipFilters(scope, choices, value),
    { name: 'hasLag', label: 'Lag', options: yesNo('A group lags', 'No lag'), value: value('hasLag') },
    {
      name: 'status',
      label: 'Status',
      allLabel: 'Active',
      options: [{ value: 'deleted', label: 'Deleted' }],
      value: params.status === 'deleted' ? 'deleted' : undefined,
    },
    ...(scope.kind === 'all'
      ? [{ name: 'internal', label: 'Internal', allLabel: 'Hidden', options: [{ value: 'true', label: 'Only internal' }], value: value('internal') }]
      : []),
  ]
  const filtered = Boolean(
    params.search ||
    params.hasLag !== undefined ||
    params.internal ||
    params.status === 'deleted' ||
    raw.application ||
    raw.environment ||
    raw.cluster ||
    (scope.kind === 'all' && raw.workspace),
  )

  return (
    <section className="grid gap-6" data-testid="topic-list-page">
      <header>
        <h1 className="text-2xl font-semibold">Topics</h1>
        <p className="text-muted-foreground" data-testid="scope-title">
          {links.title}
        </p>
      </header>
      <SyncHealthBanner clusters={syncHealth} />
      <FilterBar search={{ placeholder: 'Search topic name…', value: params.search, label: 'Search topics' }} filters={filters} />
      <TopicTable
        rows={rows}
        scope={scope}
        sort={params.sort}
        empty={
          <ListEmptyState
            filtered={filtered}
            noun="topics"
            clearHref={links.topics}
            testId="topics-empty"
            whenSynced="Topics appear here after the next topic sync finds a topic whose name starts with one of this scope's topic prefixes."
          />
        }
      />
      <Pagination page={list.page} limit={list.limit} totalDocs={list.totalDocs} totalPages={list.totalPages} noun="topics" />
    </section>
  )
}
