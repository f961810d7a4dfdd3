import { notFound } from 'next/navigation'
import type { Where } from 'payload'
import { cache } from 'react'

import { requireUser } from '@/lib/auth'
import { emptyIfForbidden } from '@/lib/forbidden'
import { asUser } from '@/lib/as-user'
import { getPayloadClient } from '@/lib/payload'
import type { User } from '@/payload-types'

import type { KafkaScope } from '@/features/kafka-scope/types'

/** The signed-in user, resolved once per request however many layouts and pages ask. */
export const currentKafkaUser = cache(requireUser)

type ScopedCollection = 'workspaces' | 'kafka-applications' | 'kafka-virtual-clusters'

/** The first document the user may read, or null (also when the rule denies everything). */
async function findVisible(user: User, collection: ScopedCollection, where: Where) {
  const payload = await getPayloadClient()
  const found = await emptyIfForbidden(payload.find({ collection, where, limit: 1, sort: 'id', depth: 0, ...asUser(user) }), { docs: [] })
  return found.docs[0] ?? null
}

const resolve = cache(async (slug?: string, appSlug?: string, env?: string): Promise<KafkaScope> => {
  if (!slug) return { kind: 'all' }
  const user = await currentKafkaUser()
  const ws = await findVisible(user, 'workspaces', { slug: { equals: slug } })
  if (!ws || !('slug' in ws)) notFound()
  const workspace = { id: ws.id, slug: ws.slug, name: ws.name }
  if (!appSlug && !env) return { kind: 'workspace', workspace }
  if (!appSlug || !env) notFound()

  const app = await findVisible(user, 'kafka-applications', { and: [{ workspace: { equals: workspace.id } }, { slug: { equals: appSlug } }] })
  if (!app || !('slug' in app)) notFound()
  const vc = await findVisible(user, 'kafka-virtual-clusters', {
    and: [
      { workspace: { equals: workspace.id } },
      { application: { equals: app.id } },
      { environment: { equals: env } },
      { status: { not_equals: 'deleted' } },
    ],
  })
  if (!vc || !('environment' in vc)) notFound()
  return {
    kind: 'virtualCluster',
    workspace,
    application: { id: app.id, slug: app.slug, name: app.name },
    environment: vc.environment,
    virtualCluster: { id: vc.id, name: vc.name },
  }
})

/**
 * The scope of a Kafka page from its route params, read as the signed-in user (overrideAccess:
 * false). A workspace, application or environment the user cannot see is a 404, never data.
 */
export async function resolveKafkaScope(params: { slug?: string; appSlug?: string; env?: string }): Promise<KafkaScope> {
  return resolve(safeDecode(params.slug), safeDecode(params.appSlug), safeDecode(params.env))
}

/** Route params may arrive percent-encoded; a malformed escape is kept as typed (it then matches nothing). */
function safeDecode(value: string | undefined): string | undefined {
  if (value === undefined || !value.includes('%')) return value
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
