import type { Metadata } from 'next'

import { SchemaDetailPage } from '@/features/schemas/components/schema-detail-page'
import type { RawSearchParams } from '@/lib/search-params'
import { schemaMetadata } from '@/features/schemas/load-schema'

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params
  return schemaMetadata({ kind: 'all' }, id)
}

export default async function SchemaPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<RawSearchParams> }) {
  const { id } = await params
  return <SchemaDetailPage scope={{ kind: 'all' }} id={id} searchParams={await searchParams} />
}
