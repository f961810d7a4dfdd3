import { avroFieldEntries } from '@/features/schemas/lib/avro-fields'
import { diffFieldEntries, type FieldEntry } from '@/features/schemas/lib/field-model'
import { jsonSchemaFieldEntries } from '@/features/schemas/lib/json-schema-fields'
import { parseSchema, type ParsedSchema } from '@/features/schemas/lib/parse-schema'
import { protobufFieldEntries } from '@/features/schemas/lib/protobuf-fields'
import type { SchemaChange, SchemaFormat, SchemaReferenceContent } from '@/features/schemas/lib/types'

/**
 * Field-level changes from `before` to `after` (added, removed, renamed, type, required, default,
 * enum symbols, doc), nested records/messages included, sorted by path. `before` is parsed with
 * `references`, `after` with `afterReferences` (the same unless given: two versions may reference
 * different versions of a subject); a malformed one throws SchemaParseError.
 */
export function diffSchemas(
  format: SchemaFormat,
  before: string,
  after: string,
  references: SchemaReferenceContent[] = [],
  afterReferences: SchemaReferenceContent[] = references,
): SchemaChange[] {
  const beforeEntries = fieldEntries(parseSchema(format, before, references))
  const afterEntries = fieldEntries(parseSchema(format, after, afterReferences))
  return diffFieldEntries(beforeEntries, afterEntries)
}

export function fieldEntries(schema: ParsedSchema): FieldEntry[] {
  switch (schema.format) {
    case 'avro':
      return avroFieldEntries(schema.type)
    case 'protobuf':
      return protobufFieldEntries(schema)
    case 'json':
      return jsonSchemaFieldEntries(schema)
  }
}
