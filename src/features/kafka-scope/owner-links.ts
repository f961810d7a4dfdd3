import { paths } from '@/lib/paths'

type Populated = { id: number; name?: string | null; slug?: string | null; environment?: string | null } | number | null | undefined

export type OwnerLink = { label: string; href: string | null }
export type OwnerLinks = { workspace: OwnerLink | null; application: OwnerLink | null; virtualCluster: OwnerLink | null }

const doc = (value: Populated) => (value && typeof value === 'object' ? value : null)

/**
 * Links from a synced object (topic, group, schema read at depth 1) to its owners: the workspace's
 * overview, and the application and virtual cluster to the virtual cluster's overview (an
 * application × environment). Unowned parts are null; a part without the slugs a link needs keeps its
 * label without a link. Pure.
 */
export function ownerLinks(object: { workspace?: Populated; application?: Populated; virtualCluster?: Populated }): OwnerLinks {
  const workspace = doc(object.workspace)
  const application = doc(object.application)
  const virtualCluster = doc(object.virtualCluster)
  const vcHref =
    workspace?.slug && application?.slug && virtualCluster?.environment
      ? paths.virtualCluster(workspace.slug, application.slug, virtualCluster.environment)
      : null
  return {
    workspace: workspace?.name ? { label: workspace.name, href: workspace.slug ? paths.workspace(workspace.slug) : null } : null,
    application: application?.name ? { label: application.name, href: vcHref } : null,
    virtualCluster: virtualCluster ? { label: [virtualCluster.name, virtualCluster.environment].filter(Boolean).join(' · '), href: vcHref } : null,
  }
}
