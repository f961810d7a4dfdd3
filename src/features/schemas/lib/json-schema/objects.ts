import { compareBound } from '@/features/schemas/lib/json-schema/bounds'
import type { DiffContext } from '@/features/schemas/lib/json-schema/context'
import { compareAdditional, compareUnevaluated, compareWithCovering, isOpen, type ContentModel } from '@/features/schemas/lib/json-schema/content-model'
import type { ObjectNode, SchemaNode } from '@/features/schemas/lib/json-schema/model'

/**
 * Objects: `required` on properties both sides declare, properties added and removed against the
 * content model (open, closed or partially open through additional/pattern/unevaluated
 * properties), dependencies, additional and unevaluated properties, property counts.
 */
export function compareObjects(ctx: DiffContext, original: ObjectNode, update: ObjectNode): void {
  compareRequired(ctx, original, update)
  compareProperties(ctx, original, update)
  compareDependencies(ctx, original, update)
  compareAdditional(ctx, 'additionalProperties', 'ADDITIONAL_PROPERTIES', original.additionalProperties, update.additionalProperties)
  compareUnevaluated(ctx, 'unevaluatedProperties', 'UNEVALUATED_PROPERTIES', original.unevaluatedProperties, update.unevaluatedProperties)
  compareBound(ctx, 'maxProperties', 'MAX_PROPERTIES', original.maxProperties, update.maxProperties)
  compareBound(ctx, 'minProperties', 'MIN_PROPERTIES', original.minProperties, update.minProperties)
}

function compareRequired(ctx: DiffContext, original: ObjectNode, update: ObjectNode): void {
  for (const [name] of original.properties) {
    const property = update.properties.get(name)
    if (!property) continue
    const [before, after] = [original.required.has(name), update.required.has(name)]
    if (before && !after) ctx.add('REQUIRED_ATTRIBUTE_REMOVED', undefined, 'required', name)
    else if (!before && after)
      ctx.add(property.default !== undefined ? 'REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED' : 'REQUIRED_ATTRIBUTE_ADDED', undefined, 'required', name)
  }
}

function objectModel(node: ObjectNode): ContentModel {
  return { additional: node.additionalProperties, unevaluated: node.unevaluatedProperties, patterns: node.patternProperties.length > 0 }
}

/** The schema a partially open object applies to a property it does not declare. */
function coveringSchema(node: ObjectNode, name: string): SchemaNode | undefined {
  const pattern = node.patternProperties.find((entry) => entry.regex?.test(name))
  if (pattern) return pattern.schema
  if (typeof node.additionalProperties !== 'boolean') return node.additionalProperties
  if (node.additionalProperties && node.unevaluatedProperties && !['false', 'empty'].includes(node.unevaluatedProperties.kind)) {
    return node.unevaluatedProperties
  }
  return undefined
}

function compareProperties(ctx: DiffContext, original: ObjectNode, update: ObjectNode): void {
  const names = new Set([...original.properties.keys(), ...update.properties.keys()])
  for (const name of names) {
    const [before, after] = [original.properties.get(name), update.properties.get(name)]
    if (before && after) ctx.compare(before, after, 'properties', name)
    else if (before) propertyRemoved(ctx, update, name, before)
    else if (after) propertyAdded(ctx, original, update, name, after)
  }
}

/** Data may still hold a property the update no longer declares: only the update's content model matters. */
function propertyRemoved(ctx: DiffContext, update: ObjectNode, name: string, before: SchemaNode): void {
  if (isOpen(objectModel(update))) return ctx.add('PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL', undefined, 'properties', name)
  const covering = coveringSchema(update, name)
  if (covering) {
    const [covered, notCovered] = [
      'PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
      'PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
    ] as const
    return compareWithCovering(ctx, ['properties', name], before, covering, covered, notCovered)
  }
  ctx.add(
    before.kind === 'false' ? 'PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL' : 'PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL',
    undefined,
    'properties',
    name,
  )
}

/** Old data may already hold a property the update adds: only the original's content model matters. */
function propertyAdded(ctx: DiffContext, original: ObjectNode, update: ObjectNode, name: string, after: SchemaNode): void {
  const required = update.required.has(name)
  const withDefault = after.default !== undefined
  if (isOpen(objectModel(original))) {
    if (after.kind === 'empty') return ctx.add('PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL', undefined, 'properties', name)
    if (!required) return ctx.add('OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL', undefined, 'properties', name)
    const rule = withDefault ? 'REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL' : 'REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL'
    return ctx.add(rule, undefined, 'properties', name)
  }
  const covering = coveringSchema(original, name)
  if (covering) {
    const [covered, notCovered] = [
      'PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
      'PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
    ] as const
    compareWithCovering(ctx, ['properties', name], covering, after, covered, notCovered)
  }
  if (!required) return ctx.add('OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL', undefined, 'properties', name)
  const rule = withDefault ? 'REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL' : 'REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL'
  ctx.add(rule, undefined, 'properties', name)
}

/** `dependencies` (draft-07 and earlier) and `dependentRequired`/`dependentSchemas` (2019-09 on) alike. */
function compareDependencies(ctx: DiffContext, original: ObjectNode, update: ObjectNode): void {
  const names = new Set([...original.propertyDependencies.keys(), ...update.propertyDependencies.keys()])
  for (const name of names) {
    const [before, after] = [original.propertyDependencies.get(name), update.propertyDependencies.get(name)]
    const detail = (set?: Set<string>) => `[${[...(set ?? [])].join(', ')}]`
    if (!after) ctx.add('DEPENDENCY_ARRAY_REMOVED', `(was ${detail(before)})`, 'dependencies', name)
    else if (!before) ctx.add('DEPENDENCY_ARRAY_ADDED', detail(after), 'dependencies', name)
    else if ([...before].every((entry) => after.has(entry)) && [...after].every((entry) => before.has(entry))) continue
    else {
      const rule = [...before].every((entry) => after.has(entry))
        ? 'DEPENDENCY_ARRAY_EXTENDED'
        : [...after].every((entry) => before.has(entry))
          ? 'DEPENDENCY_ARRAY_NARROWED'
          : 'DEPENDENCY_ARRAY_CHANGED'
      ctx.add(rule, `from ${detail(before)} to ${detail(after)}`, 'dependencies', name)
    }
  }
  const schemaNames = new Set([...original.schemaDependencies.keys(), ...update.schemaDependencies.keys()])
  for (const name of schemaNames) {
    const [before, after] = [original.schemaDependencies.get(name), update.schemaDependencies.get(name)]
    if (!after) ctx.add('DEPENDENCY_SCHEMA_REMOVED', undefined, 'dependencies', name)
    else if (!before) ctx.add('DEPENDENCY_SCHEMA_ADDED', undefined, 'dependencies', name)
    else ctx.compare(before, after, 'dependencies', name)
  }
}
