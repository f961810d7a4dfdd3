import type { ChangeCategory, ChangeRule } from '@/features/schemas/lib/change-rules'

/**
 * Schema Registry compatibility levels, as the Confluent API spells them: the one vocabulary of the
 * registry client, the collections' select options and the compatibility checker.
 */
export const COMPATIBILITY_LEVELS = ['BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE', 'NONE'] as const
export type CompatibilityLevel = (typeof COMPATIBILITY_LEVELS)[number]

export const SCHEMA_FORMATS = ['avro', 'protobuf', 'json'] as const
export type SchemaFormat = (typeof SCHEMA_FORMATS)[number]

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

/**
 * One field-level difference between two versions; `path` like `Order.customer.email`; `rule`
 * and `category` name it (change-rules.ts).
 */
export type SchemaChange = {
  kind: SchemaChangeKind
  rule: ChangeRule
  category: ChangeCategory
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

/** A subject's sync status: its versions synced, a version that failed, or gone from the registry's listing. */
export const SCHEMA_STATUSES = ['registered', 'failed', 'stale'] as const
export type SchemaStatus = (typeof SCHEMA_STATUSES)[number]
