import { compareBound } from '@/features/schemas/lib/json-schema/bounds'
import type { DiffContext } from '@/features/schemas/lib/json-schema/context'
import { compareAdditional, compareUnevaluated, compareWithCovering, isOpen, type ContentModel } from '@/features/schemas/lib/json-schema/content-model'
import type { ArrayNode, SchemaNode } from '@/features/schemas/lib/json-schema/model'

/**
 * Arrays: the schema for all items, tuple positions (compared pairwise; extra positions judged
 * against the content model, as object properties are), additional and unevaluated items, counts.
 */
export function compareArrays(ctx: DiffContext, original: ArrayNode, update: ArrayNode): void {
  ctx.compare(original.items, update.items, 'items')
  compareTuples(ctx, original, update)
  compareAdditional(ctx, 'additionalItems', 'ADDITIONAL_ITEMS', original.additionalItems, update.additionalItems)
  compareUnevaluated(ctx, 'unevaluatedItems', 'UNEVALUATED_ITEMS', original.unevaluatedItems, update.unevaluatedItems)
  compareBound(ctx, 'maxItems', 'MAX_ITEMS', original.maxItems, update.maxItems)
  compareBound(ctx, 'minItems', 'MIN_ITEMS', original.minItems, update.minItems)
  if (original.uniqueItems && !update.uniqueItems) ctx.add('UNIQUE_ITEMS_REMOVED', undefined, 'uniqueItems')
  else if (!original.uniqueItems && update.uniqueItems) ctx.add('UNIQUE_ITEMS_ADDED', undefined, 'uniqueItems')
  compareBound(ctx, 'maxContains', 'MAX_CONTAINS', original.maxContains, update.maxContains)
  compareBound(ctx, 'minContains', 'MIN_CONTAINS', original.minContains, update.minContains)
}

function arrayModel(node: ArrayNode): ContentModel {
  return { additional: node.additionalItems, unevaluated: node.unevaluatedItems, patterns: false }
}

/** The schema a partially open tuple applies past its declared positions. */
function coveringSchema(node: ArrayNode): SchemaNode | undefined {
  if (typeof node.additionalItems !== 'boolean') return node.additionalItems
  if (node.additionalItems && node.unevaluatedItems && !['false', 'empty'].includes(node.unevaluatedItems.kind)) return node.unevaluatedItems
  return undefined
}

function compareTuples(ctx: DiffContext, original: ArrayNode, update: ArrayNode): void {
  const shared = Math.min(original.tuple.length, update.tuple.length)
  for (let index = 0; index < shared; index++) ctx.compare(original.tuple[index], update.tuple[index], 'items', String(index))
  original.tuple.slice(shared).forEach((before, offset) => itemRemoved(ctx, update, String(shared + offset), before))
  update.tuple.slice(shared).forEach((after, offset) => itemAdded(ctx, original, String(shared + offset), after))
}

function itemRemoved(ctx: DiffContext, update: ArrayNode, index: string, before: SchemaNode): void {
  if (isOpen(arrayModel(update))) return ctx.add('ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL', undefined, 'items', index)
  const covering = coveringSchema(update)
  if (covering) {
    const [covered, notCovered] = [
      'ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
      'ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
    ] as const
    return compareWithCovering(ctx, ['items', index], before, covering, covered, notCovered)
  }
  ctx.add(before.kind === 'false' ? 'ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL' : 'ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL', undefined, 'items', index)
}

function itemAdded(ctx: DiffContext, original: ArrayNode, index: string, after: SchemaNode): void {
  if (isOpen(arrayModel(original))) {
    return ctx.add(
      after.kind === 'empty' ? 'ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL' : 'ITEM_ADDED_TO_OPEN_CONTENT_MODEL',
      undefined,
      'items',
      index,
    )
  }
  const covering = coveringSchema(original)
  if (!covering) return ctx.add('ITEM_ADDED_TO_CLOSED_CONTENT_MODEL', undefined, 'items', index)
  const [covered, notCovered] = ['ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', 'ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL'] as const
  compareWithCovering(ctx, ['items', index], covering, after, covered, notCovered)
}
