import type { CompatibilityLevel } from '@/collections/fields/compatibility'

// The format and level vocabularies live with the collections (one place per fact).
export { COMPATIBILITY_LEVELS, SCHEMA_FORMATS } from '@/collections/fields/compatibility'
export type { CompatibilityLevel, SchemaFormat } from '@/collections/fields/compatibility'

/**
 * The text of a schema another schema refers to, as a registry version's `references` resolve:
 * Avro — the referenced named type's schema; Protobuf — the imported .proto file whose import
 * path is `name`; JSON Schema — the document a `$ref` names by `name`.
 */
export type SchemaReferenceContent = {
  name: string
  subject?: string
  version?: number
  content: string
}

export type SchemaChangeKind =
  | 'field-added'
  | 'field-removed'
  | 'type-changed'
  | 'default-added'
  | 'default-removed'
  | 'default-changed'
  | 'doc-changed'
  | 'enum-symbols-changed'
  | 'required-changed'
  | 'name-changed'
  | 'other'

/** One field-level difference between two versions; `path` like `Order.customer.email`. */
export type SchemaChange = {
  kind: SchemaChangeKind
  path: string
  before?: string
  after?: string
  message: string
}

export type CompatibilityVerdict = {
  compatible: boolean
  level: CompatibilityLevel
  reasons: string[]
}

/** A version of a subject as the registry lists it. */
export type SubjectSchemaVersion = {
  version: number
  content: string
  references?: SchemaReferenceContent[]
}

