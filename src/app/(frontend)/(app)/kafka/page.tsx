import type { Metadata } from 'next'
import Link from 'next/link'

import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { currentKafkaUser, getScopeSyncHealth } from '@/features/kafka-scope'
import { FirstHourGuide } from '@/features/kafka-scope/components/first-hour-guide'
import { KafkaOverviewCards } from '@/features/kafka-scope/components/kafka-overview-cards'
import { getSetupStatus } from '@/features/kafka-scope/setup-status'
import { getVisibleWorkspaces } from '@/features/kafka-scope/workspaces'
import { SyncHealthBanner } from '@/components/sync-health-banner'
import { paths } from '@/lib/paths'

export const metadata: Metadata = { title: 'Kafka' }

/** Unified overview: totals across every visible workspace, then the workspaces themselves. */
export default async function KafkaPage() {
  const user = await currentKafkaUser()
  const isAdmin = userIsPlatformAdmin(user)
  const [workspaces, health] = await Promise.all([
    getVisibleWorkspaces(user),
    getScopeSyncHealth(user, { kind: 'all' }, ['schemaSync', 'consumerGroupSync', 'lagCheck']),
  ])
  const setup = isAdmin ? await getSetupStatus(user, workspaces.totalDocs) : null
  return (
    <section className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Kafka overview</h1>
        <p className="text-muted-foreground">Your workspaces ({workspaces.totalDocs})</p>
      </div>
      {setup ? <FirstHourGuide status={setup} /> : null}
      {/* While the guide waits for the first sync, it shows each cluster's jobs itself. */}
      {setup?.next === 'firstSync' ? null : <SyncHealthBanner clusters={health} />}
      <KafkaOverviewCards user={user} scope={{ kind: 'all' }} />
      {workspaces.docs.length === 0 ? (
        isAdmin ? (
          <p className="text-muted-foreground" data-testid="no-workspaces">
            No workspaces yet. Create one per team in the{' '}
            <Link href={paths.adminCreate('workspaces')} className="underline underline-offset-4">
              admin
            </Link>
            ; until then every object is unowned and only platform admins see it.
          </p>
        ) : (
          <p className="text-muted-foreground" data-testid="no-workspaces">
            You are not a member of any workspace yet. Ask a platform admin to add you.
          </p>
        )
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
