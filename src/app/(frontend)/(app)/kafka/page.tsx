import type { Metadata } from 'next'
import Link from 'next/link'

import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { currentKafkaUser, getScopeSyncHealth } from '@/features/kafka-scope'
import { KafkaOverviewCards } from '@/features/kafka-scope/components/kafka-overview-cards'
import { getVisibleWorkspaces } from '@/features/kafka-scope/workspaces'
import { SyncHealthBanner } from '@/components/sync-health-banner'
import { paths } from '@/lib/paths'

export const metadata: Metadata = { title: 'Kafka' }

/** Unified overview: totals across every visible workspace, then the workspaces themselves. */
export default async function KafkaPage() {
  const user = await currentKafkaUser()
  const [workspaces, health] = await Promise.all([
    getVisibleWorkspaces(user),
    getScopeSyncHealth(user, { kind: 'all' }, ['schemaSync', 'consumerGroupSync', 'lagCheck']),
  ])
  return (
    <section className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Kafka overview</h1>
        <p className="text-muted-foreground">Your workspaces ({workspaces.totalDocs})</p>
      </div>
      <SyncHealthBanner clusters={health} />
      <KafkaOverviewCards user={user} scope={{ kind: 'all' }} />
      {workspaces.docs.length === 0 ? (
        <p className="text-muted-foreground" data-testid="no-workspaces">
          You are not a member of any workspace yet. Ask a platform admin to add you.
        </p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="workspace-list">
          {workspaces.docs.map((workspace) => (
            <li key={workspace.id}>
              <Link href={paths.workspace(workspace.slug)} className="block rounded-xl focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none">
                <Card className="hover:bg-accent">
                  <CardHeader>
                    <CardTitle>{workspace.name}</CardTitle>
                    <CardDescription>{workspace.slug}</CardDescription>
                  </CardHeader>
                </Card>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
