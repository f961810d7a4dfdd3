import type { SchemaReferenceContent } from '@/features/schemas/lib/types'
import { parseJsonText, SchemaParseError } from '@/features/schemas/lib/schema-parse-error'

/** A JSON Schema node: `true`/`false` or a keyword object. */
export type JsonSchemaNode = boolean | { [keyword: string]: unknown }

export type ParsedJsonSchema = {
  format: 'json'
  root: JsonSchemaNode
  /** Referenced documents by the name a `$ref` uses for them (the reference's `name`). */
  documents: Map<string, JsonSchemaNode>
}

export function parseJsonSchema(content: string, references: SchemaReferenceContent[]): ParsedJsonSchema {
  const documents = new Map<string, JsonSchemaNode>()
  for (const ref of references) documents.set(ref.name, toSchemaNode(parseJsonText('JSON', ref.content, ref.name), ref.name))
  return { format: 'json', root: toSchemaNode(parseJsonText('JSON', content)), documents }
}

function toSchemaNode(value: unknown, reference?: string): JsonSchemaNode {
  if (typeof value === 'boolean') return value
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as JsonSchemaNode
  throw new SchemaParseError('JSON', 'a JSON Schema must be an object or a boolean', reference)
}
