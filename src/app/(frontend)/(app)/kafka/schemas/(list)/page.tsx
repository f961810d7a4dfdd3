import type { Metadata } from 'next'

import { SchemaListPage } from '@/features/schemas/components/schema-list-page'
import type { RawSearchParams } from '@/lib/search-params'

export const metadata: Metadata = { title: 'Schemas' }

export default async function AllSchemasPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  return <SchemaListPage scope={{ kind: 'all' }} searchParams={await searchParams} />
}
