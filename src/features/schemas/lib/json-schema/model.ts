/**
 * A JSON Schema loaded the way Confluent's checker sees it (the schema classes of the everit
 * loader it uses): each node one kind of constraint, several kinds side by side joined into a
 * synthetic allOf, `type: [a, b]` an anyOf. Only what the comparison reads is kept.
 */
export type Draft = 'draft-04' | 'draft-06' | 'draft-07' | '2019-09' | '2020-12'

export type Annotations = {
  /** The raw JSON the node came from, for telling identical subschemas apart. */
  source: unknown
  /** The draft it was read with (the same text reads differently under another draft). */
  draft?: Draft
  id?: string
  title?: string
  description?: string
  /** Canonical JSON of `default`, when declared (`null` included). */
  default?: string
  /** Kafka Connect's `connect.type`: two `bytes` nodes compare equal whatever their types. */
  connectType?: string
}

export type Criterion = 'allOf' | 'anyOf' | 'oneOf'

/** `true` = allowed, `false` = closed, a node = allowed when valid against it. */
export type Additional = boolean | SchemaNode

export type ObjectNode = Annotations & {
  kind: 'object'
  properties: Map<string, SchemaNode>
  required: Set<string>
  minProperties?: number
  maxProperties?: number
  additionalProperties: Additional
  patternProperties: { pattern: string; regex?: RegExp; schema: SchemaNode }[]
  propertyDependencies: Map<string, Set<string>>
  schemaDependencies: Map<string, SchemaNode>
  /** 2019-09 and later only (earlier drafts leave the keyword unread). */
  unevaluatedProperties?: SchemaNode
}

export type ArrayNode = Annotations & {
  kind: 'array'
  /** `items` as one schema for every item. */
  items?: SchemaNode
  /** Tuple validation: `items` as an array (up to draft 2019-09) or `prefixItems` (2020-12). */
  tuple: SchemaNode[]
  additionalItems: Additional
  minItems?: number
  maxItems?: number
  uniqueItems: boolean
  minContains?: number
  maxContains?: number
  unevaluatedItems?: SchemaNode
}

export type SchemaNode =
  | (Annotations & { kind: 'empty' })
  | (Annotations & { kind: 'false' })
  | (Annotations & { kind: 'boolean' })
  | (Annotations & { kind: 'null' })
  | (Annotations & { kind: 'conditional' })
  | (Annotations & { kind: 'string'; minLength?: number; maxLength?: number; pattern?: string })
  | (Annotations & {
      kind: 'number'
      integer: boolean
      minimum?: number
      maximum?: number
      exclusiveMinimum?: number
      exclusiveMaximum?: number
      multipleOf?: number
    })
  | ObjectNode
  | ArrayNode
  | (Annotations & { kind: 'enum'; values: string[] })
  | (Annotations & { kind: 'const'; value: string })
  | (Annotations & {
      kind: 'combined'
      criterion: Criterion
      subschemas: SchemaNode[]
      /** The keyword itself, a `type` array, or several keywords side by side (a synthetic allOf). */
      origin: 'keyword' | 'type' | 'adjacent'
    })
  | (Annotations & { kind: 'not'; schema: SchemaNode })
  | (Annotations & { kind: 'ref'; ref: string; target: () => SchemaNode | undefined })

export type SchemaKind = SchemaNode['kind']
export type NodeOf<K extends SchemaKind> = Extract<SchemaNode, { kind: K }>
