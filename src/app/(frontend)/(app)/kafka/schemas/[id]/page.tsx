import type { Metadata } from 'next'

import { SchemaDetailPage } from '@/features/schemas/components/schema-detail-page'
import type { RawSearchParams } from '@/lib/search-params'

export const metadata: Metadata = { title: 'Schema' }

export default async function SchemaPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<RawSearchParams> }) {
  const { id } = await params
  return <SchemaDetailPage scope={{ kind: 'all' }} id={id} searchParams={await searchParams} />
}
