import type { JsonSchemaNode } from '@/features/schemas/lib/parse-json-schema'

/**
 * A JSON Schema node in context: the document it lives in (for `#/...` pointers) and the other
 * documents references name. Only the keywords the diff and compatibility rules use are read;
 * `$ref` follows draft-07 semantics (sibling keywords are ignored).
 */
export type JsonSchemaAt = {
  node: JsonSchemaNode
  document: JsonSchemaNode
  documents: Map<string, JsonSchemaNode>
}

type Keywords = { [keyword: string]: unknown }
const MAX_REF_HOPS = 32

/** Follows `$ref` chains (`#/definitions/X`, `other.json`, `other.json#/$defs/X`). */
export function resolveRefs(at: JsonSchemaAt): JsonSchemaAt {
  let current = at
  for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
    const ref = typeof current.node === 'object' ? current.node.$ref : undefined
    if (typeof ref !== 'string') return current
    const target = resolveRef(current, ref)
    if (!target) return current
    current = target
  }
  return current
}

/**
 * One `$ref` step. As in Confluent's loader, `#/$defs/X` also finds `#/definitions/X` (the
 * registry bridges draft-07's bucket into `$defs`), and `./other.json` names `other.json`.
 */
export function resolveRef(at: JsonSchemaAt, ref: string): JsonSchemaAt | undefined {
  const hash = ref.indexOf('#')
  const documentName = hash === -1 ? ref : ref.slice(0, hash)
  const pointer = hash === -1 ? '' : ref.slice(hash + 1)
  const document = documentName === '' ? at.document : (at.documents.get(documentName) ?? at.documents.get(documentName.replace(/^\.\//, '')))
  if (document === undefined) return undefined
  const tokens = pointer
    .split('/')
    .slice(1)
    .map((token) => decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~'))
  const node = walkPointer(document, tokens) ?? (tokens[0] === '$defs' ? walkPointer(document, ['definitions', ...tokens.slice(1)]) : undefined)
  return node === undefined ? undefined : { node, document, documents: at.documents }
}

function walkPointer(document: JsonSchemaNode, tokens: string[]): JsonSchemaNode | undefined {
  let node: unknown = document
  for (const name of tokens) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Keywords)[name]
  }
  if (typeof node !== 'boolean' && (node === null || typeof node !== 'object' || Array.isArray(node))) return undefined
  return node as JsonSchemaNode
}

export function child(at: JsonSchemaAt, node: unknown): JsonSchemaAt | undefined {
  if (typeof node === 'boolean' || (node !== null && typeof node === 'object' && !Array.isArray(node))) {
    return resolveRefs({ node: node as JsonSchemaNode, document: at.document, documents: at.documents })
  }
  return undefined
}

export function keywords(at: JsonSchemaAt): Keywords {
  return typeof at.node === 'object' ? at.node : {}
}

/**
 * The JSON types a node admits, or undefined for "any". `integer` is kept apart from `number`
 * (callers treat integer as a subset). Without `type`, `properties` implies object and `items`
 * array, as Confluent's parser infers.
 */
export function declaredTypes(at: JsonSchemaAt): Set<string> | undefined {
  if (at.node === false) return new Set()
  const k = keywords(at)
  if (typeof k.type === 'string') return new Set([k.type])
  if (Array.isArray(k.type)) return new Set(k.type.filter((t): t is string => typeof t === 'string'))
  if (k.properties !== undefined || k.additionalProperties !== undefined || k.required !== undefined) return new Set(['object'])
  if (k.items !== undefined) return new Set(['array'])
  return undefined
}

export function properties(at: JsonSchemaAt): Map<string, JsonSchemaAt> {
  const raw = keywords(at).properties
  const found = new Map<string, JsonSchemaAt>()
  if (raw && typeof raw === 'object') {
    for (const [name, node] of Object.entries(raw as Keywords)) {
      const resolved = child(at, node)
      if (resolved) found.set(name, resolved)
    }
  }
  return found
}

export function requiredNames(at: JsonSchemaAt): Set<string> {
  const raw = keywords(at).required
  return new Set(Array.isArray(raw) ? raw.filter((name): name is string => typeof name === 'string') : [])
}

export function enumValues(at: JsonSchemaAt): string[] | undefined {
  const raw = keywords(at).enum
  return Array.isArray(raw) ? raw.map((value) => JSON.stringify(value)) : undefined
}

/** `string`, `integer|null`, `string (date-time)`, `anyOf(string | integer)`. */
export function jsonTypeLabel(at: JsonSchemaAt): string {
  if (at.node === true) return 'any'
  if (at.node === false) return 'never'
  const k = keywords(at)
  for (const combinator of ['anyOf', 'oneOf', 'allOf'] as const) {
    const branches = k[combinator]
    if (Array.isArray(branches)) {
      const labels = branches.map((branch) => {
        const resolved = child(at, branch)
        return resolved ? jsonTypeLabel(resolved) : '?'
      })
      return `${combinator}(${labels.join(' | ')})`
    }
  }
  const types = declaredTypes(at)
  const base = types ? [...types].join('|') : k.enum !== undefined ? 'enum' : k.const !== undefined ? 'const' : 'any'
  return typeof k.format === 'string' ? `${base} (${k.format})` : base
}
