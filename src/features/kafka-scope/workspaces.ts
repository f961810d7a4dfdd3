import { emptyIfForbidden } from '@/lib/forbidden'
import { asUser } from '@/lib/as-user'
import { getPayloadClient } from '@/lib/payload'
import type { KafkaApplication, KafkaVirtualCluster, User } from '@/payload-types'

import { relationId } from '@/features/kafka-scope/scope-links'
import type { ScopeWorkspace } from '@/features/kafka-scope/types'

/** Workspaces the user may see (members: their own; platform admins: all), by name. */
export async function getVisibleWorkspaces(user: User, limit = 200): Promise<{ docs: ScopeWorkspace[]; totalDocs: number }> {
  const payload = await getPayloadClient()
  const found = await emptyIfForbidden(
    payload.find({ collection: 'workspaces', sort: 'name', limit, depth: 0, select: { name: true, slug: true }, ...asUser(user) }),
    { docs: [], totalDocs: 0 },
  )
  return { docs: found.docs.map((ws) => ({ id: ws.id, slug: ws.slug, name: ws.name })), totalDocs: found.totalDocs }
}

export type WorkspaceVirtualCluster = {
  id: number
  name: string
  environment: string
  topicPrefix: string
  groupPrefix: string
  status: KafkaVirtualCluster['status']
  clusterName: string | null
  application: { id: number; slug: string; name: string } | null
}

export type WorkspaceApplication = { id: number; slug: string; name: string; description: string | null; virtualClusters: WorkspaceVirtualCluster[] }

/**
 * A workspace's applications, each with its virtual clusters (those without an application are
 * returned apart), read as the user. Two queries, joined in memory (a workspace has few of each).
 */
export async function getWorkspaceApplications(user: User, workspaceId: number) {
  const payload = await getPayloadClient()
  const [apps, vcs] = await Promise.all([
    emptyIfForbidden(
      payload.find({
        collection: 'kafka-applications',
        where: { workspace: { equals: workspaceId } },
        sort: 'name',
        pagination: false,
        depth: 0,
        ...asUser(user),
      }),
      { docs: [] as KafkaApplication[] },
    ),
    emptyIfForbidden(
      payload.find({
        collection: 'kafka-virtual-clusters',
        where: { and: [{ workspace: { equals: workspaceId } }, { status: { not_equals: 'deleted' } }] },
        sort: 'environment',
        pagination: false,
        depth: 1,
        ...asUser(user),
      }),
      { docs: [] as KafkaVirtualCluster[] },
    ),
  ])
  const appsById = new Map(apps.docs.map((app) => [app.id, app]))
  const toVc = (vc: KafkaVirtualCluster): WorkspaceVirtualCluster => {
    const app = appsById.get(relationId(vc.application) ?? -1)
    const cluster = typeof vc.physicalCluster === 'object' ? vc.physicalCluster : null
    return {
      id: vc.id,
      name: vc.name,
      environment: vc.environment,
      topicPrefix: vc.topicPrefix,
      groupPrefix: vc.groupPrefix,
      status: vc.status,
      clusterName: cluster?.name ?? null,
      application: app ? { id: app.id, slug: app.slug, name: app.name } : null,
    }
  }
  const all = vcs.docs.map(toVc)
  const applications: WorkspaceApplication[] = apps.docs.map((app) => ({
    id: app.id,
    slug: app.slug,
    name: app.name,
    description: app.description ?? null,
    virtualClusters: all.filter((vc) => vc.application?.id === app.id),
  }))
  return { applications, unassigned: all.filter((vc) => vc.application === null) }
}
