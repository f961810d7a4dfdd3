import { redirect } from 'next/navigation'

import { resolveKafkaScope } from '@/features/kafka-scope'
import { paths } from '@/lib/paths'

/** A virtual cluster has no page of its own: its schemas are the first section. */
export default async function VirtualClusterIndex({ params }: { params: Promise<{ slug: string; appSlug: string; env: string }> }) {
  const scope = await resolveKafkaScope(await params)
  if (scope.kind !== 'virtualCluster') throw new Error('virtual-cluster page without a virtual cluster')
  redirect(paths.virtualClusterSchemas(scope.workspace.slug, scope.application.slug, scope.environment))
}
