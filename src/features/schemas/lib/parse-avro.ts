import type { Schema, Type } from 'avsc'

import { AvroType } from '@/features/schemas/lib/avsc'
import type { SchemaReferenceContent } from '@/features/schemas/lib/types'
import { errorMessage, parseJsonText, SchemaParseError } from '@/features/schemas/lib/schema-parse-error'

export type ParsedAvroSchema = { format: 'avro'; type: Type }

/**
 * Referenced named types go into a shared avsc registry first, so the main schema can name them.
 * References may depend on each other in any order, so unresolved ones are retried until a pass
 * makes no progress.
 */
export function parseAvroSchema(content: string, references: SchemaReferenceContent[]): ParsedAvroSchema {
  const registry: Record<string, Type> = {}
  let pending = references.map((ref) => ({ ref, schema: parseJsonText('Avro', ref.content, ref.name) }))
  while (pending.length > 0) {
    const failed: { ref: SchemaReferenceContent; schema: unknown; error: string }[] = []
    for (const item of pending) {
      // A failed attempt may leave half-registered names behind: try on a copy, keep on success.
      const attempt = { ...registry }
      try {
        AvroType.forSchema(item.schema as Schema, { registry: attempt })
        Object.assign(registry, attempt)
      } catch (error) {
        failed.push({ ...item, error: errorMessage(error) })
      }
    }
    if (failed.length === pending.length) {
      const first = failed[0]!
      throw new SchemaParseError('Avro', first.error, first.ref.name)
    }
    pending = failed
  }
  const schema = parseJsonText('Avro', content)
  try {
    return { format: 'avro', type: AvroType.forSchema(schema as Schema, { registry }) }
  } catch (error) {
    throw new SchemaParseError('Avro', errorMessage(error))
  }
}
