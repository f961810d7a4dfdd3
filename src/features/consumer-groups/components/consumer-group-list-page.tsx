import { FilterBar, type FilterDefinition } from '@/components/filter-bar'
import { Pagination } from '@/components/pagination'
import { ListEmptyState } from '@/components/list-empty-state'
import { SummaryCards } from '@/components/summary-cards'
import { SyncHealthBanner } from '@/components/sync-health-banner'
import { formatCount, trendDisplay } from '@/features/consumer-groups/display'
import { GROUP_STATES, LAG_TRENDS } from '@/features/consumer-groups/lib'
import { getGroupFilterOptions } from '@/features/consumer-groups/list-filter-options'
import { getConsumerGroups, getConsumerGroupStateCounts, getConsumerGroupSummary } from '@/features/consumer-groups/queries'
import { toGroupListRow } from '@/features/consumer-groups/rows'
import { firingTargetIds } from '@/features/alerting/queries'
import { GROUP_HEALTH, GROUP_STATUSES, groupListParams } from '@/features/consumer-groups/search-params'
import { ownershipFilters } from '@/features/kafka-scope/ownership-filter-options'
import { currentKafkaUser, getScopeSyncHealth, scopeFilters, scopeLinks, type KafkaScope } from '@/features/kafka-scope'
import { withQuery } from '@/lib/paths'
import { firstValues, type RawSearchParams } from '@/lib/search-params'

import { AutoRefresh } from '@/features/consumer-groups/components/auto-refresh'
import { ConsumerGroupTable } from '@/features/consumer-groups/components/consumer-group-table'

const HEALTH_LABELS: Record<(typeof GROUP_HEALTH)[number], string> = { ok: 'OK', warn: 'Warning', err: 'Error', unknown: 'Unknown' }
const options = (values: readonly string[], labels?: Record<string, string>) => values.map((value) => ({ value, label: labels?.[value] ?? value }))

/**
 * The consumer-group list of a scope (all workspaces, one workspace, one virtual cluster): filters,
 * sort and page from the URL, applied in the database; the scope's own filters always win.
 */
export async function ConsumerGroupListPage({ scope, searchParams }: { scope: KafkaScope; searchParams: RawSearchParams }) {
  const user = await currentKafkaUser()
  const raw = firstValues(searchParams)
  // Inside a virtual cluster the application, environment and cluster are fixed by the scope.
  if (scope.kind === 'virtualCluster') for (const key of ['application', 'environment', 'cluster']) delete raw[key]
  const params = { ...groupListParams.parse(raw), ...scopeFilters(scope) }
  const [list, summary, states, syncHealth, choices] = await Promise.all([
    getConsumerGroups(user, params),
    getConsumerGroupSummary(user, params),
    getConsumerGroupStateCounts(user, params),
    getScopeSyncHealth(user, scope, ['consumerGroupSync', 'lagCheck']),
    getGroupFilterOptions(user, scope),
  ])
  const firing = await firingTargetIds(
    user,
    'consumer-group',
    list.docs.map((d) => d.id),
  )
  const rows = list.docs.map((doc) => ({ ...toGroupListRow(doc), firingAlert: firing.has(doc.id) }))
  const links = scopeLinks(scope)
  const value = (key: string) => (params as Record<string, unknown>)[key]?.toString()

  const filters: FilterDefinition[] = [
    ...ownershipFilters(scope, choices, value),
    { name: 'state', label: 'State', options: options(GROUP_STATES), value: params.state },
    { name: 'health', label: 'Health', options: options(GROUP_HEALTH, HEALTH_LABELS), value: params.health },
    { name: 'trend', label: 'Trend', options: LAG_TRENDS.map((value) => ({ value, label: trendDisplay(value).label })), value: params.trend },
    {
      name: 'hasLag',
      label: 'Lag',
      options: [
        { value: 'true', label: 'Lagging' },
        { value: 'false', label: 'No lag' },
      ],
      value: value('hasLag'),
    },
    { name: 'status', label: 'Status', options: options(GROUP_STATUSES), value: params.status },
  ]
  const filtered = Boolean(
    params.search ||
    params.state ||
    params.health ||
    params.trend ||
    params.status ||
    params.hasLag !== undefined ||
    raw.application ||
    raw.environment ||
    raw.cluster ||
    (scope.kind === 'all' && raw.workspace),
  )

  return (
    <section className="grid gap-6" data-testid="consumer-group-list-page">
      <header className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold">Consumer groups</h1>
          <p className="text-muted-foreground" data-testid="scope-title">
            {links.title}
          </p>
        </div>
        <AutoRefresh />
      </header>
      <SyncHealthBanner clusters={syncHealth} />
      <FilterBar search={{ placeholder: 'Search group ID…', value: params.search, label: 'Search consumer groups' }} filters={filters} />
      <SummaryCards
        label="Consumer group summary"
        items={[
          {
            label: 'Groups',
            value: formatCount(summary.total),
            hint: (
              <span data-testid="summary-states">
                Stable {formatCount(states.stable)} · Rebalancing {formatCount(states.rebalancing)} · Empty {formatCount(states.empty)} ·{' '}
                {formatCount(summary.inactive)} inactive
              </span>
            ),
            testId: 'summary-total',
          },
          {
            label: 'Groups with lag',
            value: formatCount(summary.lagging),
            testId: 'summary-lagging',
            tone: summary.lagging > 0 ? 'warning' : 'default',
            href: withQuery(links.consumerGroups, { hasLag: 'true', sort: '-totalLag' }),
          },
          {
            label: 'Health: error',
            value: formatCount(summary.health.err),
            testId: 'summary-err',
            tone: summary.health.err > 0 ? 'danger' : 'default',
            href: withQuery(links.consumerGroups, { health: 'err' }),
          },
          {
            label: 'Health: warning',
            value: formatCount(summary.health.warn),
            testId: 'summary-warn',
            tone: summary.health.warn > 0 ? 'warning' : 'default',
            href: withQuery(links.consumerGroups, { health: 'warn' }),
          },
        ]}
      />
      <ConsumerGroupTable
        rows={rows}
        scope={scope}
        sort={params.sort}
        empty={
          <ListEmptyState
            filtered={filtered}
            noun="consumer groups"
            clearHref={links.consumerGroups}
            testId="groups-empty"
            whenSynced="Groups appear here after the next consumer-group sync finds a group whose ID starts with one of this scope's group prefixes."
          />
        }
      />
      <Pagination page={list.page} limit={list.limit} totalDocs={list.totalDocs} totalPages={list.totalPages} noun="groups" />
    </section>
  )
}
