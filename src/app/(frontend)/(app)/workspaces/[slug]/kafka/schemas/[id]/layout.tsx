import React from 'react'

import { resolveKafkaScope } from '@/features/kafka-scope'
import { requireSchemaInScope } from '@/features/schemas/load-schema'

/** Checks the schema before anything streams: an id outside this workspace is a real 404. */
export default async function WorkspaceSchemaLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params
  await requireSchemaInScope(await resolveKafkaScope({ slug }), id)
  return children
}
