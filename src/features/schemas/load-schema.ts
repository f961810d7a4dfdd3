import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { assertInScope, currentKafkaUser, type KafkaScope } from '@/features/kafka-scope'
import { idParam } from '@/lib/list-params'
import type { KafkaSchema } from '@/payload-types'

import { getSchema } from '@/features/schemas/queries'

/** One read per request however many segments (layout, page) ask for the same schema. */
const loadSchema = cache(async (id: number) => getSchema(await currentKafkaUser(), id))

/**
 * The schema of a detail route, or a 404 when the id is malformed, the schema does not exist, the
 * user may not read it, or it lies outside the page's scope. The detail layout calls this before
 * anything streams, so the answer is a real HTTP 404.
 */
export async function requireSchemaInScope(scope: KafkaScope, rawId: string): Promise<KafkaSchema> {
  const id = idParam.safeParse(rawId)
  if (!id.success) notFound()
  const schema = await loadSchema(id.data)
  if (!schema) notFound()
  assertInScope(scope, schema)
  return schema
}

/** The browser title of the detail page: the object's name, then what it is ("orders · Schema"). */
export async function schemaMetadata(scope: KafkaScope, rawId: string): Promise<Metadata> {
  const schema = await requireSchemaInScope(scope, rawId)
  return { title: `${schema.subject} · Schema` }
}
