import type { Metadata } from 'next'

import { SyncHealthBanner } from '@/components/sync-health-banner'
import { currentKafkaUser, getScopeSyncHealth, resolveKafkaScope } from '@/features/kafka-scope'
import { KafkaOverviewCards } from '@/features/kafka-scope/components/kafka-overview-cards'
import { VirtualClusterTable, type VirtualClusterRow } from '@/features/kafka-scope/components/virtual-cluster-table'
import { getWorkspaceApplications } from '@/features/kafka-scope/workspaces'
import { paths } from '@/lib/paths'

export const metadata: Metadata = { title: 'Workspace' }

/** A workspace's overview: totals, then its applications and virtual clusters with links to their pages. */
export default async function WorkspaceKafkaPage({ params }: { params: Promise<{ slug: string }> }) {
  const scope = await resolveKafkaScope(await params)
  if (scope.kind !== 'workspace') throw new Error('workspace page without a workspace')
  const user = await currentKafkaUser()
  const [{ applications, unassigned }, health] = await Promise.all([
    getWorkspaceApplications(user, scope.workspace.id),
    getScopeSyncHealth(user, scope, ['schemaSync', 'consumerGroupSync', 'lagCheck']),
  ])
  const slug = scope.workspace.slug
  const rows: VirtualClusterRow[] = [...applications.flatMap((app) => app.virtualClusters), ...unassigned].map((vc) => ({
    id: vc.id,
    application: vc.application?.name ?? '—',
    environment: vc.environment,
    name: vc.name,
    topicPrefix: vc.topicPrefix,
    clusterName: vc.clusterName,
    status: vc.status,
    schemasHref: vc.application ? paths.virtualClusterSchemas(slug, vc.application.slug, vc.environment) : null,
    consumerGroupsHref: vc.application ? paths.virtualClusterConsumerGroups(slug, vc.application.slug, vc.environment) : null,
    overviewHref: vc.application ? paths.virtualCluster(slug, vc.application.slug, vc.environment) : null,
    topicsHref: vc.application ? paths.virtualClusterTopics(slug, vc.application.slug, vc.environment) : null,
  }))
  return (
    <section className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold" data-testid="workspace-name">
          {scope.workspace.name}
        </h1>
        <p className="text-muted-foreground">
          {applications.length} application{applications.length === 1 ? '' : 's'} · {rows.length} virtual cluster{rows.length === 1 ? '' : 's'}
        </p>
      </div>
      <SyncHealthBanner clusters={health} />
      <KafkaOverviewCards user={user} scope={scope} />
      <section className="grid gap-3" aria-labelledby="applications-heading">
        <h2 id="applications-heading" className="text-lg font-semibold">
          Applications and virtual clusters
        </h2>
        {applications.length > 0 ? (
          <ul className="flex flex-wrap gap-2 text-sm" data-testid="application-list">
            {applications.map((app) => (
              <li key={app.id} className="rounded-md border px-2 py-1">
                <span className="font-medium">{app.name}</span>
                <span className="text-muted-foreground"> · {app.virtualClusters.map((vc) => vc.environment).join(', ') || 'no environments'}</span>
              </li>
            ))}
          </ul>
        ) : null}
        <VirtualClusterTable rows={rows} />
      </section>
    </section>
  )
}
