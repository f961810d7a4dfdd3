import type { Metadata } from 'next'

import { resolveKafkaScope } from '@/features/kafka-scope'
import { SchemaDetailPage } from '@/features/schemas/components/schema-detail-page'
import type { RawSearchParams } from '@/lib/search-params'

export const metadata: Metadata = { title: 'Schema' }

export default async function WorkspaceSchemaPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; id: string }>
  searchParams: Promise<RawSearchParams>
}) {
  const { slug, id } = await params
  const scope = await resolveKafkaScope({ slug })
  return <SchemaDetailPage scope={scope} id={id} searchParams={await searchParams} />
}
