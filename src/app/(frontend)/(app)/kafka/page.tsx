import type { Metadata } from 'next'
import Link from 'next/link'

import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { requireUser } from '@/lib/auth'
import { getPayloadClient } from '@/lib/payload'
import { paths } from '@/lib/paths'

export const metadata: Metadata = { title: 'Kafka' }

export default async function KafkaPage() {
  const user = await requireUser()
  const payload = await getPayloadClient()
  const workspaces = await payload.find({
    collection: 'workspaces',
    user,
    overrideAccess: false,
    sort: 'name',
    limit: 100,
    depth: 0,
  })
  return (
    <section className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Kafka</h1>
        <p className="text-muted-foreground">Your workspaces ({workspaces.totalDocs})</p>
      </div>
      {workspaces.docs.length === 0 ? (
        <p className="text-muted-foreground" data-testid="no-workspaces">
          You are not a member of any workspace yet. Ask a platform admin to add you.
        </p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="workspace-list">
          {workspaces.docs.map((workspace) => (
            <li key={workspace.id}>
              <Link href={paths.workspace(workspace.slug)}>
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
