import Link from 'next/link'

import { Breadcrumbs } from '@/components/breadcrumbs'

import { SyncHealthBanner } from '@/components/sync-health-banner'
import { currentKafkaUser, getScopeSyncHealth, relationId, scopeLinks, type KafkaScope } from '@/features/kafka-scope'
import { OwnerFacts } from '@/features/kafka-scope/components/owner-facts'
import { ownerLinks } from '@/features/kafka-scope/owner-links'
import { getSchemaTopic } from '@/features/topics/queries'
import { formatDateTime } from '@/lib/format'
import { firstValues, type RawSearchParams } from '@/lib/search-params'

import { resolveDetailView, schemaDetailParams } from '@/features/schemas/detail-params'
import { registryMetadataEntries } from '@/features/schemas/lib/registry-metadata'
import { requireSchemaInScope } from '@/features/schemas/load-schema'
import { getSchemaVersionDiff, getSchemaVersions } from '@/features/schemas/queries'
import { getSchemaDependents, referenceLinks } from '@/features/schemas/reference-queries'
import { readReferences } from '@/features/schemas/lib'
import { describeChange, summarizeChanges } from '@/features/schemas/view/change-summary'
import { prettySchema } from '@/features/schemas/view/pretty-schema'
import { toSchemaRow } from '@/features/schemas/view/schema-rows'
import { unifiedDiff } from '@/features/schemas/view/text-diff'
import { CandidateCheckPanel } from '@/features/schemas/components/candidate-check-panel'
import { RegistryMetadata } from '@/features/schemas/components/registry-metadata'
import { SchemaFormatBadge, SchemaStatusBadge } from '@/features/schemas/components/schema-badges'
import { SchemaDefinition } from '@/features/schemas/components/schema-definition'
import { SchemaReferences } from '@/features/schemas/components/schema-references'
import { SchemaVersionDiff } from '@/features/schemas/components/schema-version-diff'
import { SchemaVersionTimeline, type TimelineEntry } from '@/features/schemas/components/schema-version-timeline'

/**
 * One schema of any scope: header, version timeline, a version's definition (copy, download), the
 * diff of any two versions and the metadata. Unknown ids, schemas the user may not read and
 * schemas outside the scope are all the same 404.
 */
export async function SchemaDetailPage({ scope, id, searchParams }: { scope: KafkaScope; id: string; searchParams: RawSearchParams }) {
  const schema = await requireSchemaInScope(scope, id)
  const user = await currentKafkaUser()

  const links = scopeLinks(scope)
  const query = schemaDetailParams.parse(firstValues(searchParams))
  const [versions, health, topic] = await Promise.all([
    getSchemaVersions(user, schema.id),
    getScopeSyncHealth(user, scope, ['schemaSync']),
    getSchemaTopic(user, schema),
  ])
  const view = resolveDetailView(versions, query)
  const diff = view.compare ? await getSchemaVersionDiff(user, schema.id, { left: view.compare.left, right: view.compare.right }) : null
  const row = toSchemaRow(schema, links.schema(schema.id))

  const here = (values: Record<string, string | number | undefined>) =>
    links.schema(schema.id, { version: query.version, left: query.left, right: query.right, view: query.view === 'split' ? undefined : query.view, ...values })
  const oldest = Math.min(...versions.map((v) => v.version))
  const entries: TimelineEntry[] = versions.map((v, index) => {
    const previous = versions.slice(index + 1).find((p) => !p.softDeleted && p.status === 'synced')
    return {
      version: v.version,
      registeredAt: v.registeredAt ?? null,
      registrySchemaId: v.registrySchemaId ?? null,
      summary: summarizeChanges(v.changes, v.version === oldest),
      softDeleted: Boolean(v.softDeleted),
      failed: v.status === 'failed',
      isLatest: v.version === view.latest,
      selected: v.version === view.shown,
      viewHref: here({ version: v.version }),
      compareHref: previous ? here({ left: previous.version, right: v.version }) : null,
      verdict:
        v.version === oldest ? null : { compatible: v.isCompatible ?? null, level: v.compatibilityMode ?? null, reasons: stringList(v.compatibilityReasons) },
    }
  })
  const shown = versions.find((v) => v.version === view.shown) ?? null
  const format = shown?.format ?? schema.format
  // Linked subjects stay inside the page's workspace (a virtual-cluster scope links workspace pages).
  const workspace = scope.kind === 'all' ? undefined : scope.workspace.id
  const cluster = relationId(schema.cluster)
  const [references, dependents] = cluster
    ? await Promise.all([
        referenceLinks(user, cluster, readReferences(shown?.references), workspace),
        getSchemaDependents(user, cluster, schema.subject, workspace),
      ])
    : [[], { subject: schema.subject, dependents: [], count: 0 }]

  return (
    <article className="grid gap-6" aria-labelledby="schema-heading">
      <Breadcrumbs items={[{ label: links.title, href: links.overview }, { label: 'Schemas', href: links.schemas }, { label: schema.subject }]} />
      <header className="grid gap-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 id="schema-heading" className="text-2xl font-semibold break-all" data-testid="schema-subject">
            {schema.subject}
          </h1>
          <SchemaFormatBadge format={schema.format} />
          {schema.latestVersion ? <span className="rounded-md border px-2 py-0.5 text-xs font-medium">v{schema.latestVersion}</span> : null}
          <SchemaStatusBadge status={schema.status} softDeleted={Boolean(schema.softDeleted)} />
        </div>
        <p className="text-sm text-muted-foreground" data-testid="schema-context">
          Topic:{' '}
          {topic ? (
            <Link href={links.topic(topic.id)} className="text-foreground underline-offset-4 hover:underline" data-testid="schema-topic-link">
              {topic.name}
            </Link>
          ) : (
            (row.topicName ?? '—')
          )}
        </p>
        <OwnerFacts owners={ownerLinks(schema)} />
        {schema.lastError ? (
          <p role="alert" className="rounded-md border border-red-600/40 p-2 text-sm">
            Last sync error: {schema.lastError}
          </p>
        ) : null}
      </header>
      <SyncHealthBanner clusters={health} />

      {versions.length === 0 ? (
        <p className="text-sm text-muted-foreground">No versions have been synced for this subject yet.</p>
      ) : (
        <>
          <SchemaVersionTimeline entries={entries} />
          {shown ? (
            <SchemaDefinition
              subject={schema.subject}
              version={shown.version}
              format={format}
              text={prettySchema(format, shown.content)}
              softDeleted={Boolean(shown.softDeleted)}
              versions={versions.map((v) => ({ version: v.version, href: here({ version: v.version }), softDeleted: Boolean(v.softDeleted) }))}
            />
          ) : null}
          {diff ? (
            <SchemaVersionDiff
              left={diff.left.version}
              right={diff.right.version}
              versions={versions.map((v) => ({ version: v.version, label: `v${v.version}${v.softDeleted ? ' (deleted)' : ''}` }))}
              lines={unifiedDiff(prettySchema(diff.left.format ?? format, diff.left.content), prettySchema(diff.right.format ?? format, diff.right.content))}
              changes={diff.changes.map((change) => ({
                kind: change.kind,
                rule: change.rule,
                category: change.category,
                path: change.path,
                text: describeChange(change),
              }))}
              verdict={diff.verdict}
              view={query.view}
              action={links.schema(schema.id)}
              keep={Object.fromEntries(
                Object.entries({ version: query.version?.toString(), view: query.view === 'split' ? undefined : query.view }).filter(
                  (e): e is [string, string] => Boolean(e[1]),
                ),
              )}
              splitHref={here({ left: diff.left.version, right: diff.right.version, view: undefined })}
              unifiedHref={here({ left: diff.left.version, right: diff.right.version, view: 'unified' })}
            />
          ) : (
            <p className="text-sm text-muted-foreground" data-testid="diff-unavailable">
              Compare needs at least two synced versions.
            </p>
          )}
        </>
      )}

      <SchemaReferences
        version={shown?.version ?? null}
        references={references}
        dependents={dependents}
        href={(schemaId, version) => links.schema(schemaId, version ? { version } : undefined)}
      />

      <CandidateCheckPanel subjectId={schema.id} />

      <RegistryMetadata
        version={shown?.version ?? null}
        entries={registryMetadataEntries({
          context: schema.context,
          mode: schema.mode,
          guid: shown?.guid,
          schemaMetadata: shown?.schemaMetadata,
          ruleSet: shown?.ruleSet,
        })}
      />

      <section aria-labelledby="metadata-heading" className="grid gap-3 rounded-xl border bg-card p-4">
        <h2 id="metadata-heading" className="font-semibold">
          Metadata
        </h2>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2" data-testid="schema-metadata">
          {[
            ['Compatibility', schema.compatibilityLevel ?? 'registry default'],
            ['Subject', schema.subject],
            ['Schema ID', schema.registrySchemaId ?? '—'],
            ['Registered', formatDateTime(schema.lastRegisteredAt)],
            ['First registered', formatDateTime(schema.firstRegisteredAt)],
            ['Last seen by sync', formatDateTime(schema.lastSeenAt)],
            ['Versions', `${schema.versionCount ?? 0} live of ${versions.length} synced`],
            ['Cluster', row.clusterName ?? '—'],
            ['Key or value', schema.type ?? '—'],
          ].map(([label, value]) => (
            <div key={String(label)} className="flex gap-2">
              <dt className="w-36 shrink-0 text-muted-foreground">{label}</dt>
              <dd className="break-all">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  )
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}
