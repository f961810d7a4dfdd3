import { createHash } from 'node:crypto'
import { canonicalJson } from '@/features/schemas/lib/canonical-json'
import { protobufDescriptor } from '@/features/schemas/lib/parse-protobuf'
import { parseSchema } from '@/features/schemas/lib/parse-schema'
import type { SchemaFormat, SchemaReferenceContent } from '@/features/schemas/lib/types'

/**
 * Hex SHA-256 of a schema's canonical form, so the same schema written differently (whitespace,
 * key order) fingerprints the same:
 * - Avro: Parsing Canonical Form (avsc's `schema()`), with referenced named types inlined. As
 *   the Avro spec intends, PCF drops `doc`, `default` and `aliases`: a doc-only edit keeps the
 *   fingerprint.
 * - JSON Schema: the document with keys sorted and no whitespace.
 * - Protobuf: protobufjs' descriptor JSON of the main file (comments and formatting gone), keys
 *   sorted, plus package, imports and the declaration order of the top-level types (the order
 *   defines message indexes on the wire, so it is kept).
 * Protobuf and JSON fold in the canonical forms of their references, sorted by name, so a change
 * in a referenced file changes the fingerprint.
 */
export function schemaFingerprint(format: SchemaFormat, content: string, references: SchemaReferenceContent[] = []): string {
  return createHash('sha256')
    .update(canonicalForm(format, content, references))
    .digest('hex')
}

/** The text that is hashed; validates the schema (with its references) first. */
export function canonicalForm(format: SchemaFormat, content: string, references: SchemaReferenceContent[] = []): string {
  const parsed = parseSchema(format, content, references)
  if (parsed.format === 'avro') return JSON.stringify(parsed.type.schema())
  const standalone = (text: string): unknown => (format === 'json' ? (JSON.parse(text) as unknown) : protobufDescriptor(text))
  const refs = [...references]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((ref) => ({ name: ref.name, schema: standalone(ref.content) }))
  const main = standalone(content)
  return canonicalJson(refs.length === 0 ? main : { schema: main, references: refs })
}
