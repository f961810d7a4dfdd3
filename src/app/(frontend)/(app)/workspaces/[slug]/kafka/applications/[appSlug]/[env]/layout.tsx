import Link from 'next/link'
import React from 'react'

import { resolveKafkaScope } from '@/features/kafka-scope'
import { SectionNav } from '@/features/kafka-scope/components/section-nav'
import { paths } from '@/lib/paths'

type Params = { slug: string; appSlug: string; env: string }

/** One virtual cluster (application × environment) of a workspace; anything not visible is a 404. */
export default async function VirtualClusterLayout({ children, params }: { children: React.ReactNode; params: Promise<Params> }) {
  const scope = await resolveKafkaScope(await params)
  if (scope.kind !== 'virtualCluster') throw new Error('virtual-cluster layout without a virtual cluster')
  const { workspace, application, environment, virtualCluster } = scope
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <nav aria-label="Breadcrumb">
          <ol className="flex flex-wrap items-center gap-1 text-muted-foreground">
            <li>
              <Link href={paths.workspace(workspace.slug)} className="hover:text-foreground">
                {workspace.name}
              </Link>
            </li>
            <li aria-hidden>/</li>
            <li>
              <Link href={paths.virtualCluster(workspace.slug, application.slug, environment)} className="hover:text-foreground">
                {application.name}
              </Link>
            </li>
            <li aria-hidden>/</li>
            <li className="font-medium text-foreground" data-testid="vc-environment">
              {environment}
            </li>
          </ol>
        </nav>
        <span className="text-xs text-muted-foreground">virtual cluster {virtualCluster.name}</span>
      </div>
      <SectionNav
        label="Virtual cluster sections"
        links={[
          { href: paths.virtualCluster(workspace.slug, application.slug, environment), label: 'Overview', exact: true },
          { href: paths.virtualClusterSchemas(workspace.slug, application.slug, environment), label: 'Schemas' },
          { href: paths.virtualClusterConsumerGroups(workspace.slug, application.slug, environment), label: 'Consumer groups' },
          { href: paths.virtualClusterTopics(workspace.slug, application.slug, environment), label: 'Topics' },
        ]}
      />
      {children}
    </div>
  )
}
