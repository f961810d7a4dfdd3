import type { FieldEntry } from '@/features/schemas/lib/field-model'
import type { ParsedJsonSchema } from '@/features/schemas/lib/parse-json-schema'
import { enumValues, jsonTypeLabel, keywords, properties, requiredNames, resolveRefs, child, type JsonSchemaAt } from '@/features/schemas/lib/json-schema-view'

/**
 * Flattens a JSON Schema into entries rooted at `$`: `$.customer.email`, `$.items[].sku`.
 * Walks `properties` and `items` through `$ref`s; a node already on the current path is not
 * re-entered (recursive definitions).
 */
export function jsonSchemaFieldEntries(schema: ParsedJsonSchema): FieldEntry[] {
  const root = resolveRefs({ node: schema.root, document: schema.root, documents: schema.documents })
  const entries: FieldEntry[] = [{ key: '$', path: '$', entity: 'type', ...describe(root) }]
  walk(root, '$', new Set(), entries)
  return entries
}

function describe(at: JsonSchemaAt): Pick<FieldEntry, 'type' | 'default' | 'doc' | 'symbols'> {
  const k = keywords(at)
  const doc = typeof k.description === 'string' ? k.description : undefined
  return { type: jsonTypeLabel(at), default: 'default' in k ? JSON.stringify(k.default) : undefined, doc, symbols: enumValues(at) }
}

function walk(at: JsonSchemaAt, path: string, onPath: Set<unknown>, out: FieldEntry[]): void {
  if (onPath.has(at.node)) return
  const inner = new Set(onPath).add(at.node)
  const required = requiredNames(at)
  for (const [name, property] of properties(at)) {
    const propertyPath = `${path}.${name}`
    out.push({ key: propertyPath, path: propertyPath, entity: 'field', required: required.has(name), ...describe(property) })
    walk(property, propertyPath, inner, out)
  }
  const items = child(at, keywords(at).items)
  if (items) walk(items, `${path}[]`, inner, out)
}
