import { canonicalJson } from '@/features/schemas/lib/canonical-json'
import { resolveRef } from '@/features/schemas/lib/json-schema-view'
import type { Additional, Annotations, ArrayNode, Criterion, ObjectNode, SchemaNode } from '@/features/schemas/lib/json-schema/model'
import type { JsonSchemaNode, ParsedJsonSchema } from '@/features/schemas/lib/parse-json-schema'

export type Draft = 'draft-04' | 'draft-06' | 'draft-07' | '2019-09' | '2020-12'

type Keywords = { [keyword: string]: unknown }

const STRING_KEYWORDS = ['minLength', 'maxLength', 'pattern', 'format']
const NUMBER_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']
const OBJECT_KEYWORDS: Record<Draft, string[]> = {
  'draft-04': ['properties', 'required', 'minProperties', 'maxProperties', 'dependencies', 'patternProperties', 'additionalProperties'],
  'draft-06': ['properties', 'required', 'minProperties', 'maxProperties', 'dependencies', 'patternProperties', 'additionalProperties', 'propertyNames'],
  'draft-07': ['properties', 'required', 'minProperties', 'maxProperties', 'dependencies', 'patternProperties', 'additionalProperties', 'propertyNames'],
  '2019-09': ['properties', 'required', 'minProperties', 'maxProperties', 'dependentRequired', 'dependentSchemas', 'patternProperties', 'additionalProperties', 'propertyNames', 'unevaluatedProperties'],
  '2020-12': ['properties', 'required', 'minProperties', 'maxProperties', 'dependentRequired', 'dependentSchemas', 'patternProperties', 'additionalProperties', 'propertyNames', 'unevaluatedProperties'],
}
const ARRAY_KEYWORDS: Record<Draft, string[]> = {
  'draft-04': ['items', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems'],
  'draft-06': ['items', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'contains'],
  'draft-07': ['items', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'contains'],
  '2019-09': ['items', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'contains', 'minContains', 'maxContains', 'unevaluatedItems'],
  '2020-12': ['prefixItems', 'items', 'minItems', 'maxItems', 'uniqueItems', 'contains', 'minContains', 'maxContains', 'unevaluatedItems'],
}
const CONDITIONAL_KEYWORDS = ['if', 'then', 'else']
const MAP_KEYWORDS = ['properties', 'patternProperties', 'dependentRequired', 'dependentSchemas']
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

  constructor(
    private readonly draft: Draft,
    private readonly documents: Map<string, JsonSchemaNode>,
  ) {
    this.modern = draft === '2019-09' || draft === '2020-12'
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
    const child = (raw: unknown) => this.load(raw, document)
    // Up to draft-07 a `$ref` replaces its siblings; later drafts apply it next to them.
    if (typeof k.$ref === 'string' && !this.modern) return this.annotate(this.reference(k, k.$ref, document), k)
    const consumed = new Set<string>()
    const take = (...names: string[]) => names.forEach((name) => consumed.add(name))
    const parts: SchemaNode[] = []
    if (typeof k.type === 'string' || Array.isArray(k.type)) {
      const types = (Array.isArray(k.type) ? k.type : [k.type]).filter((type): type is string => typeof type === 'string')
      const typed = types.map((type) => this.typed(type, k, child, take)).filter((node): node is SchemaNode => node !== undefined)
      take('type')
      if (Array.isArray(k.type)) parts.push({ kind: 'combined', criterion: 'anyOf', subschemas: typed, source: k })
      else parts.push(...typed)
    }
    // The 2019-09/2020-12 loader builds nothing from an empty keyword map (`properties: {}`).
    const emptyMap = (name: string) => this.modern && MAP_KEYWORDS.includes(name) && entries(k[name]).length === 0
    const present = (names: string[]) => names.some((name) => name in k && !consumed.has(name) && !emptyMap(name))
    if (present(ARRAY_KEYWORDS[this.draft])) parts.push(this.array(k, child))
    if (present(OBJECT_KEYWORDS[this.draft])) parts.push(this.object(k, child))
    if (present(NUMBER_KEYWORDS)) parts.push(this.number(k, false))
    if (present(STRING_KEYWORDS)) parts.push(this.string(k))
    if (this.draft !== 'draft-04' && this.draft !== 'draft-06' && CONDITIONAL_KEYWORDS.some((name) => name in k)) {
      parts.push({ kind: 'conditional', source: k })
    }
    if (Array.isArray(k.enum)) parts.push({ kind: 'enum', values: k.enum.map(canonicalJson), source: k })
    if ('const' in k && this.draft !== 'draft-04') parts.push({ kind: 'const', value: canonicalJson(k.const), source: k })
    if ('not' in k) parts.push({ kind: 'not', schema: child(k.not), source: k })
    for (const criterion of CRITERIA) {
      const branches = k[criterion]
      if (Array.isArray(branches)) parts.push({ kind: 'combined', criterion, subschemas: branches.map(child), source: branches })
    }
    if (typeof k.$ref === 'string') parts.push(this.reference(k, k.$ref, document))
    const node: SchemaNode =
      parts.length === 0 ? { kind: 'empty', source: k } : parts.length === 1 ? parts[0]! : { kind: 'combined', criterion: 'allOf', subschemas: parts, source: k }
    return this.annotate(node, k)
  }

  /** The node for one `type` name; the keywords it reads are consumed (not sniffed again). */
  private typed(type: string, k: Keywords, child: (raw: unknown) => SchemaNode, take: (...names: string[]) => void): SchemaNode | undefined {
    switch (type) {
      case 'string':
        take(...STRING_KEYWORDS)
        return this.string(k)
      case 'integer':
      case 'number':
        take(...NUMBER_KEYWORDS)
        return this.number(k, type === 'integer')
      case 'boolean':
      case 'null':
        return { kind: type, source: k }
      case 'array':
        take(...ARRAY_KEYWORDS[this.draft])
        return this.array(k, child)
      case 'object':
        take(...OBJECT_KEYWORDS[this.draft])
        return this.object(k, child)
      default:
        return undefined
    }
  }

  private annotate(node: SchemaNode, k: Keywords): SchemaNode {
    const annotations: Partial<Annotations> = {}
    const idKeyword = this.draft === 'draft-04' ? 'id' : '$id'
    // The registry's 2019-09/2020-12 loader keeps `$id` as a base URI, not as a compared annotation.
    if (!this.modern && typeof k[idKeyword] === 'string') annotations.id = k[idKeyword]
    if (typeof k.title === 'string') annotations.title = k.title
    if (typeof k.description === 'string') annotations.description = k.description
    if ('default' in k) annotations.default = canonicalJson(k.default)
    if (typeof k['connect.type'] === 'string') annotations.connectType = k['connect.type']
    return Object.assign(node, annotations)
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
    return { kind: 'string', minLength: numberOf(k.minLength), maxLength: numberOf(k.maxLength), pattern: typeof k.pattern === 'string' ? k.pattern : undefined, source: k }
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

  private object(k: Keywords, child: (raw: unknown) => SchemaNode): ObjectNode {
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
      additionalProperties: this.additional(k.additionalProperties, child),
      patternProperties: entries(k.patternProperties).map(([pattern, raw]) => ({ pattern, regex: compilePattern(pattern), schema: child(raw) })),
      propertyDependencies,
      schemaDependencies,
      unevaluatedProperties: this.modern && 'unevaluatedProperties' in k ? child(k.unevaluatedProperties) : undefined,
      source: k,
    }
  }

  private array(k: Keywords, child: (raw: unknown) => SchemaNode): ArrayNode {
    const node: ArrayNode = {
      kind: 'array',
      tuple: [],
      additionalItems: this.additional(k.additionalItems, child),
      minItems: numberOf(k.minItems),
      maxItems: numberOf(k.maxItems),
      uniqueItems: k.uniqueItems === true,
      source: k,
    }
    if (Array.isArray(k.items)) node.tuple = k.items.map(child)
    else if (this.draft === '2020-12' && Array.isArray(k.prefixItems)) {
      node.tuple = k.prefixItems.map(child)
      // 2020-12's `items` next to `prefixItems` plays the part of `additionalItems`.
      if ('items' in k) node.additionalItems = this.additional(k.items, child)
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

  private additional(raw: unknown, child: (raw: unknown) => SchemaNode): Additional {
    if (raw === undefined || raw === true) return true
    if (raw === false) return false
    return isObject(raw) ? child(raw) : true
  }
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
