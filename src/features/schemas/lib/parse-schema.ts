import type { SchemaFormat, SchemaReferenceContent } from '@/features/schemas/lib/types'
import { parseAvroSchema, type ParsedAvroSchema } from '@/features/schemas/lib/parse-avro'
import { parseJsonSchema, type ParsedJsonSchema } from '@/features/schemas/lib/parse-json-schema'
import { parseProtobufSchema, type ParsedProtobufSchema } from '@/features/schemas/lib/parse-protobuf'
import { SchemaParseError } from '@/features/schemas/lib/schema-parse-error'

export { SchemaParseError }
export type { ParsedAvroSchema, ParsedJsonSchema, ParsedProtobufSchema }
export type ParsedSchema = ParsedAvroSchema | ParsedProtobufSchema | ParsedJsonSchema

/**
 * Parses a registry schema text (with the texts of the schemas it references) into the form the
 * diff and compatibility checks work on. Throws SchemaParseError on anything malformed, including
 * a reference that is needed but missing.
 */
export function parseSchema(format: SchemaFormat, content: string, references: SchemaReferenceContent[] = []): ParsedSchema {
  switch (format) {
    case 'avro':
      return parseAvroSchema(content, references)
    case 'protobuf':
      return parseProtobufSchema(content, references)
    case 'json':
      return parseJsonSchema(content, references)
    default:
      throw new SchemaParseError(String(format), `unknown schema format "${String(format)}"`)
  }
}
