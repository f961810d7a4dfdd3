import { jsonSchemaDifferences } from '@/features/schemas/lib/json-schema/compare'
import { describeDifference } from '@/features/schemas/lib/json-schema/differences'
import { loadJsonSchema } from '@/features/schemas/lib/json-schema/load'
import type { ParsedJsonSchema } from '@/features/schemas/lib/parse-json-schema'

/**
 * Why `reader` rejects documents `writer` accepted, by Confluent's JSON Schema rules (its
 * `SchemaDiff` under the default strict policy, original = writer, update = reader): one reason
 * per incompatible difference, naming the schema path, the keyword and the rule
 * (`#/properties/name/maxLength: maxLength decreased from 20 to 10 (MAX_LENGTH_DECREASED)`).
 */
export function jsonSchemaReadProblems(reader: ParsedJsonSchema, writer: ParsedJsonSchema): string[] {
  const differences = jsonSchemaDifferences(loadJsonSchema(writer), loadJsonSchema(reader), true)
  return [...new Set(differences.map(describeDifference))]
}
