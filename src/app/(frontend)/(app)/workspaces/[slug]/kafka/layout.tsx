import React from 'react'

import { currentKafkaUser, resolveKafkaScope } from '@/features/kafka-scope'
import { KafkaAreaHeader } from '@/features/kafka-scope/components/kafka-area-header'
import { paths } from '@/lib/paths'

/** One workspace's Kafka area; a workspace the user cannot see is a 404. */
export default async function WorkspaceKafkaLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const scope = await resolveKafkaScope(await params)
  if (scope.kind === 'all') throw new Error('workspace layout without a workspace')
  const user = await currentKafkaUser()
  const slug = scope.workspace.slug
  return (
    <div className="grid gap-6">
      <KafkaAreaHeader
        user={user}
        title={scope.workspace.name}
        subtitle="Workspace"
        currentSlug={slug}
        links={[
          { href: paths.workspace(slug), label: 'Overview', exact: true },
          { href: paths.workspaceSchemas(slug), label: 'Schemas' },
          { href: paths.workspaceConsumerGroups(slug), label: 'Consumer groups' },
          { href: paths.workspaceTopics(slug), label: 'Topics' },
          { href: paths.workspaceAlerts(slug), label: 'Alerts' },
        ]}
      />
      {children}
    </div>
  )
}
