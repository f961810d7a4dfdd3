import type { DiffContext } from '@/features/schemas/lib/json-schema/context'
import type { DifferenceType } from '@/features/schemas/lib/json-schema/differences'
import type { Additional, SchemaNode } from '@/features/schemas/lib/json-schema/model'

/**
 * Confluent's content models, for object properties and tuple items alike: open (anything more
 * allowed: no additional schema, no pattern properties, unevaluated absent or `true`), closed
 * (`false`), or partially open (a schema covers what is not declared).
 */
export type ContentModel = { additional: Additional; unevaluated?: SchemaNode; patterns: boolean }

export function isOpen(model: ContentModel): boolean {
  return model.additional === true && !model.patterns && (model.unevaluated === undefined || model.unevaluated.kind === 'empty')
}

/** `additionalProperties` / `additionalItems`: closing or constraining is narrowing, the reverse widening. */
export function compareAdditional(
  ctx: DiffContext,
  keyword: 'additionalProperties' | 'additionalItems',
  rule: 'ADDITIONAL_PROPERTIES' | 'ADDITIONAL_ITEMS',
  original: Additional,
  update: Additional,
): void {
  const [allowedBefore, allowedAfter] = [original !== false, update !== false]
  if (allowedBefore !== allowedAfter) return ctx.add(allowedAfter ? `${rule}_ADDED` : `${rule}_REMOVED`, undefined, keyword)
  const [before, after] = [typeof original === 'boolean' ? undefined : original, typeof update === 'boolean' ? undefined : update]
  if (!before && after) ctx.add(`${rule}_NARROWED`, undefined, keyword)
  else if (before && !after) ctx.add(`${rule}_EXTENDED`, undefined, keyword)
  else if (before && after) ctx.compare(before, after, keyword)
}

/** `unevaluatedProperties` / `unevaluatedItems` (2019-09 on): `false` closes, a schema constrains, `true` or absent opens. */
export function compareUnevaluated(
  ctx: DiffContext,
  keyword: 'unevaluatedProperties' | 'unevaluatedItems',
  rule: 'UNEVALUATED_PROPERTIES' | 'UNEVALUATED_ITEMS',
  original: SchemaNode | undefined,
  update: SchemaNode | undefined,
): void {
  if (!original && !update) return
  const closed = (node?: SchemaNode) => node?.kind === 'false'
  const open = (node?: SchemaNode) => node?.kind === 'empty'
  if (!original) return ctx.add(closed(update) ? `${rule}_REMOVED` : `${rule}_NARROWED`, undefined, keyword)
  if (!update) return ctx.add(closed(original) ? `${rule}_ADDED` : `${rule}_EXTENDED`, undefined, keyword)
  if (closed(original) !== closed(update)) return ctx.add(closed(original) ? `${rule}_ADDED` : `${rule}_REMOVED`, undefined, keyword)
  if (open(original) !== open(update)) return ctx.add(open(original) ? `${rule}_NARROWED` : `${rule}_EXTENDED`, undefined, keyword)
  ctx.compare(original, update, keyword)
}

/**
 * A property or tuple position declared on one side only, against the schema that covers it on the
 * other (pattern, additional or unevaluated): the comparison's differences, then `covered` when
 * it is compatible, `notCovered` otherwise.
 */
export function compareWithCovering(
  ctx: DiffContext,
  segments: string[],
  original: SchemaNode,
  update: SchemaNode,
  covered: DifferenceType,
  notCovered: DifferenceType,
): void {
  const attempt = ctx.attempt(...segments)
  attempt.compare(original, update)
  ctx.addAll(attempt.differences)
  ctx.add(attempt.isCompatible() ? covered : notCovered, undefined, ...segments)
}
