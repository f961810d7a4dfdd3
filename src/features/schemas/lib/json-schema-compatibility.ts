import type { ParsedJsonSchema } from '@/features/schemas/lib/parse-json-schema'
import {
  child,
  contentModel,
  declaredTypes,
  enumValues,
  isEmptySchema,
  keywords,
  properties,
  requiredNames,
  resolveRefs,
  type JsonSchemaAt,
} from '@/features/schemas/lib/json-schema-view'

/**
 * Whether every document valid against `writer` is accepted by `reader`, following Confluent's
 * JSON Schema rules for the common cases (its `SchemaDiff` with original = writer, update =
 * reader): types may widen (integer -> number, adding a type) but not narrow or change; enums may
 * gain values but not lose them; `required` may be dropped but not added without a default; a
 * property may be added only to a closed/partially-open object (optional, or required with a
 * default) or with an empty schema, and removed only from an open one; additionalProperties may
 * open up but not close; `items` and `$ref` targets are compared recursively.
 * Out of scope (never reported): string/number/array bounds, patterns, formats, combinators
 * other than type unions, dependencies, `not`.
 */
export function jsonSchemaReadProblems(reader: ParsedJsonSchema, writer: ParsedJsonSchema): string[] {
  const at = (schema: ParsedJsonSchema): JsonSchemaAt => resolveRefs({ node: schema.root, document: schema.root, documents: schema.documents })
  return compare(at(writer), at(reader), '$', new Set())
}

function compare(original: JsonSchemaAt, update: JsonSchemaAt, path: string, seen: Set<unknown>): string[] {
  if (original.node === false || isEmptySchema(update)) return []
  if (update.node === false) return [`${path}: no longer accepts any value`]
  if (seen.has(original.node) && seen.has(update.node)) return [] // recursive definitions
  const inner = new Set(seen).add(original.node).add(update.node)
  const problems = [...compareTypes(original, update, path), ...compareEnums(original, update, path)]
  if (problems.length > 0) return problems
  const types = declaredTypes(update)
  if (!types || types.has('object')) problems.push(...compareObjects(original, update, path, inner))
  const items = [child(original, keywords(original).items), child(update, keywords(update).items)] as const
  if (items[0] && items[1]) problems.push(...compare(items[0], items[1], `${path}[]`, inner))
  else if (items[1] && !isEmptySchema(items[1]) && declaredTypes(original)?.has('array')) {
    problems.push(`${path}[]: array items are now constrained`)
  }
  return problems
}

function widen(types: Set<string>): Set<string> {
  return types.has('number') ? new Set([...types, 'integer']) : types
}

function compareTypes(original: JsonSchemaAt, update: JsonSchemaAt, path: string): string[] {
  const before = declaredTypes(original)
  const after = declaredTypes(update)
  if (!after) return []
  if (!before) return [`${path}: type narrowed from any to ${[...after].join('|')}`]
  const accepted = widen(after)
  const lost = [...before].filter((type) => !accepted.has(type))
  if (lost.length === 0) return []
  const verb = [...after].every((type) => widen(before).has(type)) ? 'narrowed' : 'changed'
  return [`${path}: type ${verb} from ${[...before].join('|')} to ${[...after].join('|')}`]
}

function compareEnums(original: JsonSchemaAt, update: JsonSchemaAt, path: string): string[] {
  const after = enumValues(update)
  if (!after) return []
  const before = enumValues(original)
  if (!before) return [`${path}: values now restricted to enum [${after.join(', ')}]`]
  const lost = before.filter((value) => !after.includes(value))
  return lost.length > 0 ? [`${path}: enum value(s) ${lost.join(', ')} removed`] : []
}

function hasDefault(at: JsonSchemaAt): boolean {
  return 'default' in keywords(at)
}

function compareObjects(original: JsonSchemaAt, update: JsonSchemaAt, path: string, seen: Set<unknown>): string[] {
  const problems: string[] = []
  const [beforeProps, afterProps] = [properties(original), properties(update)]
  const [beforeRequired, afterRequired] = [requiredNames(original), requiredNames(update)]
  const [beforeModel, afterModel] = [contentModel(original), contentModel(update)]
  for (const [name, property] of afterProps) {
    const propertyPath = `${path}.${name}`
    const previous = beforeProps.get(name)
    if (previous) {
      if (afterRequired.has(name) && !beforeRequired.has(name) && !hasDefault(property)) {
        problems.push(`${propertyPath}: became required without a default`)
      }
      problems.push(...compare(previous, property, propertyPath, seen))
    } else if (beforeModel.kind === 'open') {
      if (!isEmptySchema(property)) problems.push(`${propertyPath}: property added to an open content model (old data may hold any value there)`)
    } else {
      if (beforeModel.kind === 'partial' && beforeModel.schema) {
        const covered = compare(beforeModel.schema, property, propertyPath, seen)
        if (covered.length > 0) problems.push(`${propertyPath}: added property is not covered by the old additionalProperties`, ...covered)
      }
      if (afterRequired.has(name) && !hasDefault(property)) problems.push(`${propertyPath}: required property added without a default`)
    }
  }
  for (const [name, property] of beforeProps) {
    if (afterProps.has(name) || afterModel.kind === 'open' || property.node === false) continue
    const propertyPath = `${path}.${name}`
    // Confluent matches patternProperties by regex; here a pattern-only model counts as closed.
    if (afterModel.kind === 'closed' || !afterModel.schema) problems.push(`${propertyPath}: property removed from a closed content model`)
    else {
      const covered = compare(property, afterModel.schema, propertyPath, seen)
      if (covered.length > 0) problems.push(`${propertyPath}: removed property is not covered by the new additionalProperties`, ...covered)
    }
  }
  problems.push(...compareAdditional(original, update, path, seen))
  return problems
}

function compareAdditional(original: JsonSchemaAt, update: JsonSchemaAt, path: string, seen: Set<unknown>): string[] {
  const before = keywords(original).additionalProperties
  const after = keywords(update).additionalProperties
  const permits = (value: unknown) => value !== false
  if (permits(before) && !permits(after)) return [`${path}: additionalProperties no longer allowed`]
  if (!permits(before)) return []
  const [beforeSchema, afterSchema] = [child(original, before), child(update, after)]
  const constrains = (at: JsonSchemaAt | undefined) => at !== undefined && !isEmptySchema(at)
  if (!constrains(afterSchema)) return []
  if (!constrains(beforeSchema)) return [`${path}: additionalProperties narrowed to a schema`]
  return compare(beforeSchema!, afterSchema!, `${path}.*`, seen)
}
