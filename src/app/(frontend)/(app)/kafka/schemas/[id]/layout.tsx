import React from 'react'

import { requireSchemaInScope } from '@/features/schemas/load-schema'

/** Checks the schema before anything streams: another workspace's or an unknown id is a real 404. */
export default async function SchemaLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  await requireSchemaInScope({ kind: 'all' }, (await params).id)
  return children
}
