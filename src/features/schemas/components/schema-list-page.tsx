import Link from 'next/link'

import { FilterBar, type FilterDefinition } from '@/components/filter-bar'
import { Pagination } from '@/components/pagination'
import { requestTime } from '@/components/relative-time'
import { EmptyState } from '@/components/states'
import { SummaryCards } from '@/components/summary-cards'
import { SyncHealthBanner } from '@/components/sync-health-banner'
import { currentKafkaUser, getScopeSyncHealth, scopeColumns, scopeFilters, scopeLinks, type KafkaScope } from '@/features/kafka-scope'
import { formatNumber } from '@/lib/format'
import { firstValues, type RawSearchParams } from '@/lib/search-params'

import { FORMAT_OPTIONS, getSchemaFilterOptions, STATUS_OPTIONS, VERDICT_OPTIONS } from '@/features/schemas/list-filter-options'
import { getSchemas, getSchemaSummary } from '@/features/schemas/queries'
import { schemaListParams } from '@/features/schemas/search-params'
import { toSchemaRow } from '@/features/schemas/view/schema-rows'
import { firingTargetIds } from '@/features/alerting/queries'
import { SchemaTable } from '@/features/schemas/components/schema-table'

/**
 * The schema list of any scope (unified, workspace, virtual cluster): filters, sort and page from
 * the URL, applied by the database through getSchemas; the scope's own filters always win over
 * the URL's, so a workspace page can never list another workspace's schemas.
 */
export async function SchemaListPage({ scope, searchParams }: { scope: KafkaScope; searchParams: RawSearchParams }) {
  const user = await currentKafkaUser()
  const url = schemaListParams.parse(firstValues(searchParams))
  const fixed = scopeFilters(scope)
  const params = scope.kind === 'virtualCluster' ? { ...url, application: undefined, environment: undefined, ...fixed } : { ...url, ...fixed }
  const links = scopeLinks(scope)
  const columns = scopeColumns(scope)

  const [page, summary, options, health] = await Promise.all([
    getSchemas(user, params),
    getSchemaSummary(user, params),
    getSchemaFilterOptions(user, scope),
    getScopeSyncHealth(user, scope, ['schemaSync']),
  ])

  const filters: FilterDefinition[] = [
    ...(scope.kind === 'all' ? [{ name: 'workspace', label: 'Workspace', options: options.workspaces, value: url.workspace?.toString() }] : []),
    ...(scope.kind !== 'virtualCluster'
      ? [
          { name: 'application', label: 'Application', options: options.applications, value: url.application?.toString() },
          { name: 'environment', label: 'Environment', options: options.environments, value: url.environment },
        ]
      : []),
    { name: 'format', label: 'Format', options: FORMAT_OPTIONS, value: url.format },
    { name: 'status', label: 'Status', options: STATUS_OPTIONS, value: url.status },
    { name: 'verdict', label: 'Verdicts', options: VERDICT_OPTIONS, value: url.verdict },
  ]
  const filtered = Boolean(
    url.search ||
    url.format ||
    url.status ||
    url.verdict ||
    (scope.kind === 'all' && url.workspace) ||
    (scope.kind !== 'virtualCluster' && (url.application || url.environment)),
  )
  const firing = await firingTargetIds(
    user,
    'schema-subject',
    page.docs.map((schema) => schema.id),
  )
  const rows = page.docs.map((schema) => ({ ...toSchemaRow(schema, links.schema(schema.id)), firingAlert: firing.has(schema.id) }))

  return (
    <section className="grid gap-6" aria-labelledby="schemas-heading">
      <div>
        <h1 id="schemas-heading" className="text-2xl font-semibold">
          Schemas
        </h1>
        <p className="text-muted-foreground">{links.title}</p>
      </div>
      <FilterBar search={{ placeholder: 'Search subjects and topics…', value: url.search, label: 'Search schemas' }} filters={filters} />
      <SyncHealthBanner clusters={health} />
      <SummaryCards
        label="Schema summary"
        items={[
          {
            label: 'Schemas',
            value: formatNumber(summary.total),
            hint: filtered ? 'matching the search and ownership filters' : undefined,
            testId: 'summary-total',
          },
          { label: 'Avro', value: formatNumber(summary.byFormat.avro), testId: 'summary-avro' },
          { label: 'Protobuf', value: formatNumber(summary.byFormat.protobuf), testId: 'summary-protobuf' },
          { label: 'JSON Schema', value: formatNumber(summary.byFormat.json), testId: 'summary-json' },
          {
            label: 'Changed in the last 7 days',
            value: formatNumber(summary.changedThisWeek),
            hint: `${formatNumber(summary.breakingThisWeek)} breaking · ${formatNumber(summary.failed)} failed · ${formatNumber(summary.stale)} stale`,
            tone: summary.failed ? 'danger' : summary.stale ? 'warning' : 'default',
            testId: 'summary-changed',
          },
        ]}
        className="lg:grid-cols-5"
      />
      <SchemaTable
        rows={rows}
        sort={params.sort}
        showWorkspace={columns.workspace}
        showApplicationAndEnvironment={columns.applicationAndEnvironment}
        now={requestTime()}
        empty={
          filtered ? (
            <EmptyState
              title="No schemas match these filters"
              action={
                <Link href={links.schemas} className="text-sm underline underline-offset-4">
                  Reset filters
                </Link>
              }
            />
          ) : (
            <EmptyState title="No schemas yet" description="Schemas appear here after the Schema Registry sync has run for a cluster of this scope." />
          )
        }
      />
      <Pagination page={page.page ?? params.page} limit={params.limit} totalDocs={page.totalDocs} totalPages={page.totalPages} noun="schemas" />
    </section>
  )
}
