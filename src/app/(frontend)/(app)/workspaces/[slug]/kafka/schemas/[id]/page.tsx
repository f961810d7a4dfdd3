import type { Metadata } from 'next'

import { resolveKafkaScope } from '@/features/kafka-scope'
import { SchemaDetailPage } from '@/features/schemas/components/schema-detail-page'
import type { RawSearchParams } from '@/lib/search-params'
import { schemaMetadata } from '@/features/schemas/load-schema'

export async function generateMetadata({ params }: { params: Promise<{ slug: string; id: string }> }): Promise<Metadata> {
  const { slug, id } = await params
  return schemaMetadata(await resolveKafkaScope({ slug }), id)
}

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
