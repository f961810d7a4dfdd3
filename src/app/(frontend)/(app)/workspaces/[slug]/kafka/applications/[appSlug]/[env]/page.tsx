import type { Metadata } from 'next'

import { Fact } from '@/components/fact'
import { SyncHealthBanner } from '@/components/sync-health-banner'
import { currentKafkaUser, getScopeSyncHealth, resolveKafkaScope } from '@/features/kafka-scope'
import { KafkaOverviewCards } from '@/features/kafka-scope/components/kafka-overview-cards'
import { getWorkspaceApplications } from '@/features/kafka-scope/workspaces'

export const metadata: Metadata = { title: 'Virtual cluster' }

/** A virtual cluster's overview: what it is (prefixes, cluster, status), its totals linking to its lists, and its sync health. */
export default async function VirtualClusterOverview({ params }: { params: Promise<{ slug: string; appSlug: string; env: string }> }) {
  const scope = await resolveKafkaScope(await params)
  if (scope.kind !== 'virtualCluster') throw new Error('virtual-cluster page without a virtual cluster')
  const user = await currentKafkaUser()
  const [{ applications }, health] = await Promise.all([
    getWorkspaceApplications(user, scope.workspace.id),
    getScopeSyncHealth(user, scope, ['schemaSync', 'consumerGroupSync', 'lagCheck', 'topicSync']),
  ])
  const vc = applications.flatMap((app) => app.virtualClusters).find((v) => v.id === scope.virtualCluster.id)
  const facts: [string, string][] = [
    ['Application', scope.application.name],
    ['Environment', scope.environment],
    ['Topic prefix', vc?.topicPrefix ?? '—'],
    ['Group prefix', vc?.groupPrefix ?? '—'],
    ['Cluster', vc?.clusterName ?? '—'],
    ['Status', vc?.status ?? '—'],
  ]
  return (
    <section className="grid gap-6" data-testid="virtual-cluster-overview">
      <div>
        <h1 className="text-2xl font-semibold break-all" data-testid="vc-name">
          {scope.virtualCluster.name}
        </h1>
        <p className="text-muted-foreground">Virtual cluster of {scope.workspace.name}</p>
      </div>
      <dl className="grid grid-cols-2 gap-4 rounded-xl border bg-card p-4 sm:grid-cols-3 lg:grid-cols-6" data-testid="vc-facts">
        {facts.map(([label, value]) => (
          <Fact key={label} label={label} value={value} />
        ))}
      </dl>
      <SyncHealthBanner clusters={health} />
      <KafkaOverviewCards user={user} scope={scope} />
    </section>
  )
}
