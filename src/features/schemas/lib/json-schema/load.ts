import { canonicalJson } from '@/features/schemas/lib/canonical-json'
import { resolveRef } from '@/features/schemas/lib/json-schema-view'
import type { Additional, Annotations, ArrayNode, Criterion, Draft, ObjectNode, SchemaNode } from '@/features/schemas/lib/json-schema/model'
import type { JsonSchemaNode, ParsedJsonSchema } from '@/features/schemas/lib/parse-json-schema'

type Keywords = { [keyword: string]: unknown }

const STRING_KEYWORDS = ['minLength', 'maxLength', 'pattern', 'format']
const NUMBER_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']
const OBJECT_KEYWORDS: Record<Draft, string[]> = {
  'draft-04': ['properties', 'required', 'minProperties', 'maxProperties', 'dependencies', 'patternProperties', 'additionalProperties'],
  'draft-06': ['properties', 'required', 'minProperties', 'maxProperties', 'dependencies', 'patternProperties', 'additionalProperties', 'propertyNames'],
  'draft-07': ['properties', 'required', 'minProperties', 'maxProperties', 'dependencies', 'patternProperties', 'additionalProperties', 'propertyNames'],
  '2019-09': [
    'properties',
    'required',
    'minProperties',
    'maxProperties',
    'dependentRequired',
    'dependentSchemas',
    'patternProperties',
    'additionalProperties',
    'propertyNames',
    'unevaluatedProperties',
  ],
  '2020-12': [
    'properties',
    'required',
    'minProperties',
    'maxProperties',
    'dependentRequired',
    'dependentSchemas',
    'patternProperties',
    'additionalProperties',
    'propertyNames',
    'unevaluatedProperties',
  ],
}
const ARRAY_KEYWORDS: Record<Draft, string[]> = {
  'draft-04': ['items', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems'],
  'draft-06': ['items', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'contains'],
  'draft-07': ['items', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'contains'],
  '2019-09': ['items', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'contains', 'minContains', 'maxContains', 'unevaluatedItems'],
  '2020-12': ['prefixItems', 'items', 'minItems', 'maxItems', 'uniqueItems', 'contains', 'minContains', 'maxContains', 'unevaluatedItems'],
}
const CONDITIONAL_KEYWORDS = ['if', 'then', 'else']
const MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'dependentRequired', 'dependentSchemas'])

/** The kinds of node a keyword makes, in the order adjacent ones are joined. */
type Family = 'array' | 'object' | 'number' | 'string'
const FAMILIES: Family[] = ['array', 'object', 'number', 'string']

function familiesOf(draft: Draft): Map<string, Family> {
  const lists: [Family, string[]][] = [
    ['array', ARRAY_KEYWORDS[draft]],
    ['object', OBJECT_KEYWORDS[draft]],
    ['number', NUMBER_KEYWORDS],
    ['string', STRING_KEYWORDS],
  ]
  return new Map(lists.flatMap(([family, names]) => names.map((name) => [name, family] as const)))
}
const CRITERIA: Criterion[] = ['allOf', 'anyOf', 'oneOf']

const MODERN_URLS: [string, Draft][] = [
  ['http://json-schema.org/draft/2019-09/schema', '2019-09'],
  ['https://json-schema.org/draft/2019-09/schema', '2019-09'],
  ['http://json-schema.org/draft/2020-12/schema', '2020-12'],
  ['https://json-schema.org/draft/2020-12/schema', '2020-12'],
]
const EARLIER_URLS: [string, Draft][] = [
  ['http://json-schema.org/draft-04/schema', 'draft-04'],
  ['https://json-schema.org/draft-04/schema', 'draft-04'],
  ['http://json-schema.org/schema', 'draft-04'],
  ['https://json-schema.org/schema', 'draft-04'],
  ['http://json-schema.org/draft-06/schema', 'draft-06'],
  ['https://json-schema.org/draft-06/schema', 'draft-06'],
]

/**
 * The draft a document follows, read from `$schema` as the registry reads it: the 2019-09 and
 * 2020-12 meta-schema URLs exactly (a trailing `#` allowed), drafts 04 and 06 by prefix, and
 * draft-07 for anything else, `$schema` absent included.
 */
export function draftOf(root: JsonSchemaNode): Draft {
  const url = typeof root === 'object' && typeof root.$schema === 'string' ? root.$schema : ''
  const exact = url.endsWith('#') ? url.slice(0, -1) : url
  const modern = MODERN_URLS.find(([known]) => known === exact)
  if (modern) return modern[1]
  return EARLIER_URLS.find(([known]) => url.startsWith(known))?.[1] ?? 'draft-07'
}

const FAMILY_MAPS = Object.fromEntries(
  (['draft-04', 'draft-06', 'draft-07', '2019-09', '2020-12'] as const).map((draft) => [draft, familiesOf(draft)]),
) as Record<Draft, Map<string, Family>>

const loaded = new WeakMap<ParsedJsonSchema, SchemaNode>()

/** The schema's node tree, built once per parsed schema (verdicts compare each version many times). */
export function loadJsonSchema(schema: ParsedJsonSchema): SchemaNode {
  let root = loaded.get(schema)
  if (!root) {
    root = new SchemaLoader(draftOf(schema.root), schema.documents).load(schema.root, schema.root)
    loaded.set(schema, root)
  }
  return root
}

class SchemaLoader {
  private readonly nodes = new Map<object, SchemaNode>()
  private readonly modern: boolean
  private readonly families: Map<string, Family>

  constructor(
    private readonly draft: Draft,
    private readonly documents: Map<string, JsonSchemaNode>,
  ) {
    this.modern = draft === '2019-09' || draft === '2020-12'
    this.families = FAMILY_MAPS[draft]
  }

  load(raw: unknown, document: JsonSchemaNode): SchemaNode {
    if (raw === false) return { kind: 'false', source: raw }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { kind: 'empty', source: raw }
    const known = this.nodes.get(raw)
    if (known) return known
    const node = this.loadObject(raw as Keywords, document)
    this.nodes.set(raw, node)
    return node
  }

  private loadObject(k: Keywords, document: JsonSchemaNode): SchemaNode {
    // Up to draft-07 a `$ref` replaces its siblings; later drafts apply it next to them.
    if (typeof k.$ref === 'string' && !this.modern) return this.annotate(this.reference(k, k.$ref, document), k)
    const parts: SchemaNode[] = []
    // The families a `type` already read are not sniffed again into a second node of the same kind.
    const typedFamilies = new Set<Family>()
    if (typeof k.type === 'string' || Array.isArray(k.type)) {
      const types = Array.isArray(k.type) ? k.type : [k.type]
      const typed: SchemaNode[] = []
      for (const type of types) {
        const node = typeof type === 'string' ? this.typed(type, k, document, typedFamilies) : undefined
        if (node) typed.push(node)
      }
      if (Array.isArray(k.type)) parts.push({ kind: 'combined', criterion: 'anyOf', subschemas: typed, origin: 'type', source: k })
      else parts.push(...typed)
    }
    const sniffed = this.sniff(k)
    for (const family of FAMILIES) {
      if (!sniffed.has(family) || typedFamilies.has(family)) continue
      parts.push(
        family === 'array'
          ? this.array(k, document)
          : family === 'object'
            ? this.object(k, document)
            : family === 'number'
              ? this.number(k, false)
              : this.string(k),
      )
    }
    if (this.draft !== 'draft-04' && this.draft !== 'draft-06' && CONDITIONAL_KEYWORDS.some((name) => name in k)) {
      parts.push({ kind: 'conditional', source: k })
    }
    if (Array.isArray(k.enum)) parts.push({ kind: 'enum', values: k.enum.map(jsonText), source: k })
    if ('const' in k && this.draft !== 'draft-04') parts.push({ kind: 'const', value: jsonText(k.const), source: k })
    if ('not' in k) parts.push({ kind: 'not', schema: this.load(k.not, document), source: k })
    for (const criterion of CRITERIA) {
      const branches = k[criterion]
      if (Array.isArray(branches))
        parts.push({ kind: 'combined', criterion, subschemas: branches.map((branch) => this.load(branch, document)), origin: 'keyword', source: k })
    }
    if (typeof k.$ref === 'string') parts.push(this.reference(k, k.$ref, document))
    const node: SchemaNode =
      parts.length === 0
        ? { kind: 'empty', source: k }
        : parts.length === 1
          ? parts[0]!
          : { kind: 'combined', criterion: 'allOf', subschemas: parts, origin: 'adjacent', source: k }
    return this.annotate(node, k)
  }

  /** The families whose keywords appear; 2019-09 on builds nothing from an empty map (`properties: {}`). */
  private sniff(k: Keywords): Set<Family> {
    const found = new Set<Family>()
    for (const name in k) {
      const family = this.families.get(name)
      if (family && !(this.modern && MAP_KEYWORDS.has(name) && entries(k[name]).length === 0)) found.add(family)
    }
    return found
  }

  /** The node for one `type` name, recording the keyword family it read. */
  private typed(type: string, k: Keywords, document: JsonSchemaNode, typedFamilies: Set<Family>): SchemaNode | undefined {
    switch (type) {
      case 'string':
        typedFamilies.add('string')
        return this.string(k)
      case 'integer':
      case 'number':
        typedFamilies.add('number')
        return this.number(k, type === 'integer')
      case 'boolean':
      case 'null':
        return { kind: type, source: k }
      case 'array':
        typedFamilies.add('array')
        return this.array(k, document)
      case 'object':
        typedFamilies.add('object')
        return this.object(k, document)
      default:
        return undefined
    }
  }

  private annotate(node: SchemaNode, k: Keywords): SchemaNode {
    const annotated: Annotations = node
    const idKeyword = this.draft === 'draft-04' ? 'id' : '$id'
    // The registry's 2019-09/2020-12 loader keeps `$id` as a base URI, not as a compared annotation.
    if (!this.modern && typeof k[idKeyword] === 'string') annotated.id = k[idKeyword]
    if (typeof k.title === 'string') annotated.title = k.title
    if (typeof k.description === 'string') annotated.description = k.description
    if ('default' in k) annotated.default = jsonText(k.default)
    if (typeof k['connect.type'] === 'string') annotated.connectType = k['connect.type']
    annotated.draft = this.draft
    return node
  }

  private reference(k: Keywords, ref: string, document: JsonSchemaNode): SchemaNode {
    let target: SchemaNode | undefined
    let resolved = false
    return {
      kind: 'ref',
      ref,
      source: k,
      target: () => {
        if (!resolved) {
          resolved = true
          const at = resolveRef({ node: document, document, documents: this.documents }, ref)
          target = at ? this.load(at.node, at.document) : undefined
        }
        return target
      },
    }
  }

  private string(k: Keywords): SchemaNode {
    return {
      kind: 'string',
      minLength: numberOf(k.minLength),
      maxLength: numberOf(k.maxLength),
      pattern: typeof k.pattern === 'string' ? k.pattern : undefined,
      source: k,
    }
  }

  private number(k: Keywords, integer: boolean): SchemaNode {
    // Draft-04's boolean exclusive flags are not compared by the registry; later drafts' limits are.
    const exclusive = (value: unknown) => (this.draft === 'draft-04' ? undefined : numberOf(value))
    return {
      kind: 'number',
      integer,
      minimum: numberOf(k.minimum),
      maximum: numberOf(k.maximum),
      exclusiveMinimum: exclusive(k.exclusiveMinimum),
      exclusiveMaximum: exclusive(k.exclusiveMaximum),
      multipleOf: numberOf(k.multipleOf),
      source: k,
    }
  }

  private object(k: Keywords, document: JsonSchemaNode): ObjectNode {
    const child = (raw: unknown) => this.load(raw, document)
    const properties = new Map<string, SchemaNode>()
    const idKeyword = this.draft === 'draft-04' ? 'id' : '$id'
    for (const [name, raw] of entries(k.properties)) {
      if (name !== idKeyword || isObject(raw)) properties.set(name, child(raw))
    }
    const propertyDependencies = new Map<string, Set<string>>()
    const schemaDependencies = new Map<string, SchemaNode>()
    const addDependency = (name: string, raw: unknown, asSchema: boolean) => {
      if (Array.isArray(raw)) {
        const names = raw.filter((entry): entry is string => typeof entry === 'string')
        if (names.length > 0) propertyDependencies.set(name, new Set(names))
      } else if (asSchema) schemaDependencies.set(name, child(raw))
    }
    if (this.modern) {
      for (const [name, raw] of entries(k.dependentRequired)) addDependency(name, raw, false)
      for (const [name, raw] of entries(k.dependentSchemas)) schemaDependencies.set(name, child(raw))
    } else {
      for (const [name, raw] of entries(k.dependencies)) addDependency(name, raw, true)
    }
    return {
      kind: 'object',
      properties,
      required: new Set(Array.isArray(k.required) ? k.required.filter((name): name is string => typeof name === 'string') : []),
      minProperties: numberOf(k.minProperties),
      maxProperties: numberOf(k.maxProperties),
      additionalProperties: this.additional(k.additionalProperties, document),
      patternProperties: entries(k.patternProperties).map(([pattern, raw]) => ({ pattern, regex: compilePattern(pattern), schema: child(raw) })),
      propertyDependencies,
      schemaDependencies,
      unevaluatedProperties: this.modern && 'unevaluatedProperties' in k ? child(k.unevaluatedProperties) : undefined,
      source: k,
    }
  }

  private array(k: Keywords, document: JsonSchemaNode): ArrayNode {
    const child = (raw: unknown) => this.load(raw, document)
    const node: ArrayNode = {
      kind: 'array',
      tuple: [],
      additionalItems: this.additional(k.additionalItems, document),
      minItems: numberOf(k.minItems),
      maxItems: numberOf(k.maxItems),
      uniqueItems: k.uniqueItems === true,
      source: k,
    }
    if (Array.isArray(k.items)) node.tuple = k.items.map(child)
    else if (this.draft === '2020-12' && Array.isArray(k.prefixItems)) {
      node.tuple = k.prefixItems.map(child)
      // 2020-12's `items` next to `prefixItems` plays the part of `additionalItems`.
      if ('items' in k) node.additionalItems = this.additional(k.items, document)
    } else if (this.modern && 'items' in k) {
      if (k.items === false) node.additionalItems = false
      else if (k.items !== true) node.items = child(k.items)
    } else if ('items' in k) node.items = child(k.items)
    if (this.modern) {
      if ('contains' in k) {
        node.minContains = numberOf(k.minContains) ?? 1
        node.maxContains = numberOf(k.maxContains)
      }
      if ('unevaluatedItems' in k) node.unevaluatedItems = child(k.unevaluatedItems)
    } else {
      node.minContains = numberOf(k.minContains)
      node.maxContains = numberOf(k.maxContains)
    }
    return node
  }

  private additional(raw: unknown, document: JsonSchemaNode): Additional {
    if (raw === undefined || raw === true) return true
    if (raw === false) return false
    return isObject(raw) ? this.load(raw, document) : true
  }
}

/** Canonical JSON; primitives need no key sorting. */
function jsonText(value: unknown): string {
  return value !== null && typeof value === 'object' ? canonicalJson(value) : JSON.stringify(value)
}

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

function isObject(value: unknown): value is Keywords {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function entries(value: unknown): [string, unknown][] {
  return isObject(value) ? Object.entries(value) : []
}

/** Patterns match anywhere in the name (ECMA-262 regexes, as JSON Schema specifies); an invalid one matches nothing. */
function compilePattern(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u')
  } catch {
    return undefined
  }
}
