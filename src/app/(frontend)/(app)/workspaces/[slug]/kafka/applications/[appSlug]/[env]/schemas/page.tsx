import type { Metadata } from 'next'

import { resolveKafkaScope } from '@/features/kafka-scope'
import { SchemaListPage } from '@/features/schemas/components/schema-list-page'
import type { RawSearchParams } from '@/lib/search-params'

export const metadata: Metadata = { title: 'Virtual cluster schemas' }

export default async function VirtualClusterSchemasPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; appSlug: string; env: string }>
  searchParams: Promise<RawSearchParams>
}) {
  const scope = await resolveKafkaScope(await params)
  return <SchemaListPage scope={scope} searchParams={await searchParams} />
}
