import { compareArrays } from '@/features/schemas/lib/json-schema/arrays'
import { compareNumbers, compareStrings } from '@/features/schemas/lib/json-schema/bounds'
import { compareCombined, compareConst, compareEnum, compareNot } from '@/features/schemas/lib/json-schema/combinators'
import { DiffContext, type PairMap } from '@/features/schemas/lib/json-schema/context'
import type { JsonSchemaDifference } from '@/features/schemas/lib/json-schema/differences'
import type { NodeOf, SchemaNode } from '@/features/schemas/lib/json-schema/model'
import { compareObjects } from '@/features/schemas/lib/json-schema/objects'

const MAX_REF_HOPS = 32
const MAX_PASSES = 64
const UNRESOLVED: SchemaNode = { kind: 'empty', source: {} }

/**
 * The differences Confluent's JSON Schema checker reports from `original` (the schema the data
 * was written with) to `update` (the one reading it): all of them, or with `incompatibleOnly`
 * just those that decide the verdict (cheaper; the verdict is the same).
 */
export function jsonSchemaDifferences(original: SchemaNode, update: SchemaNode, incompatibleOnly = false): JsonSchemaDifference[] {
  let seed: PairMap = new Map()
  for (let pass = 1; ; pass++) {
    const ctx = DiffContext.root(compareNodes, incompatibleOnly, seed)
    // Two versions' roots differ (the registry keeps one copy of a text): no text check there.
    compareNodes(ctx, original, update, false)
    if (!ctx.assumedCycles()) return ctx.differences
    // Pairs only grow incompatible from pass to pass, so this ends; usually after one pass.
    const incompatible = ctx.incompatiblePairs()
    if (pairCount(incompatible) === pairCount(seed) || pass === MAX_PASSES) return ctx.differences
    seed = incompatible
  }
}

function pairCount(pairs: PairMap): number {
  let count = 0
  for (const byUpdate of pairs.values()) count += byUpdate.size
  return count
}

function compareNodes(ctx: DiffContext, original: SchemaNode | undefined, update: SchemaNode | undefined, checkText = true): void {
  if (!original && !update) return
  if (!original) return ctx.add('SCHEMA_ADDED')
  if (!update) return ctx.add('SCHEMA_REMOVED')
  if (checkText && sameSchemaText(original, update)) return
  // Only a `$ref` can lead back to a pair already being compared, or to one compared before.
  if (original.kind !== 'ref' && update.kind !== 'ref') return compareKinds(ctx, original, update)
  const [before, after] = [dereference(original), dereference(update)]
  ctx.comparePair(before, after, (pair) => compareKinds(pair, before, after))
}

const texts = new WeakMap<SchemaNode, string | null>()

/**
 * Whether two nodes were read from the same text under the same draft, with no `$ref` inside
 * (what a reference means depends on its target): then nothing differs, and most of a schema
 * is usually unchanged from one version to the next.
 */
function sameSchemaText(original: SchemaNode, update: SchemaNode): boolean {
  const text = (node: SchemaNode) => {
    let known = texts.get(node)
    if (known === undefined) {
      // Plain JSON text: a producer keeps its key order, and a reordered schema is merely compared in full.
      const raw = node.draft === undefined ? '"$ref"' : JSON.stringify(node.source)
      known = raw.includes('"$ref"') ? null : `${node.draft}:${raw}`
      texts.set(node, known)
    }
    return known
  }
  const before = text(original)
  return before !== null && before === text(update)
}

/** A `$ref` stands for its target; one that resolves nowhere accepts anything. */
function dereference(node: SchemaNode): SchemaNode {
  let current = node
  for (let hop = 0; hop < MAX_REF_HOPS && current.kind === 'ref'; hop++) current = current.target() ?? UNRESOLVED
  return current.kind === 'ref' ? UNRESOLVED : current
}

function compareKinds(ctx: DiffContext, original: SchemaNode, update: SchemaNode): void {
  if (original.kind !== 'combined' && update.kind === 'combined' && oneBranchMatches(ctx, update, original, false)) return
  if (original.kind === 'combined' && update.kind !== 'combined' && oneBranchMatches(ctx, original, update, true)) return
  if (original.kind !== update.kind) {
    // Nothing was accepted before, or anything is now; two Connect `bytes` encodings are the same data.
    if (original.kind === 'false' || update.kind === 'empty') return
    if (original.connectType === 'bytes' && update.connectType === 'bytes') return
    return ctx.add('TYPE_CHANGED', `from ${kindLabel(original)} to ${kindLabel(update)}`)
  }
  if (original.id !== update.id) ctx.add('ID_CHANGED')
  if (original.title !== update.title) ctx.add('TITLE_CHANGED')
  if (original.description !== update.description) ctx.add('DESCRIPTION_CHANGED')
  if (original.default !== update.default) ctx.add('DEFAULT_CHANGED')
  compareSameKind(ctx, original, update)
}

function compareSameKind(ctx: DiffContext, original: SchemaNode, update: SchemaNode): void {
  // The caller checked the kinds are equal; the argument only names the kind for the type.
  const same = <K extends SchemaNode['kind']>(_kind: K) => update as NodeOf<K>
  switch (original.kind) {
    case 'string':
      return compareStrings(ctx, original, same('string'))
    case 'number':
      return compareNumbers(ctx, original, same('number'))
    case 'const':
      return compareConst(ctx, original, same('const'))
    case 'enum':
      return compareEnum(ctx, original, same('enum'))
    case 'combined':
      return compareCombined(ctx, original, same('combined'))
    case 'not':
      return compareNot(ctx, original, same('not'))
    case 'object':
      return compareObjects(ctx, original, same('object'))
    case 'array':
      return compareArrays(ctx, original, same('array'))
    default:
      return // boolean, null, empty, false, conditional: nothing more is compared
  }
}

/**
 * A plain schema on one side, a combination on the other: fine when a single branch, or any
 * anyOf/oneOf branch of a new combination, reads the old schema (SUM_TYPE_EXTENDED), or any allOf
 * branch of an old combination reads as the new schema (PRODUCT_TYPE_NARROWED).
 */
function oneBranchMatches(ctx: DiffContext, combined: NodeOf<'combined'>, plain: SchemaNode, combinedIsOriginal: boolean): boolean {
  const single = combined.subschemas.length === 1
  const widening = combinedIsOriginal ? combined.criterion === 'allOf' : combined.criterion !== 'allOf'
  if (!single && !widening) return false
  for (const branch of combined.subschemas) {
    const attempt = ctx.attempt()
    if (combinedIsOriginal) attempt.compare(branch, plain)
    else attempt.compare(plain, branch)
    if (!attempt.isCompatible()) continue
    ctx.addAll(attempt.differences)
    if (!single) ctx.add(combinedIsOriginal ? 'PRODUCT_TYPE_NARROWED' : 'SUM_TYPE_EXTENDED')
    return true
  }
  return false
}

function kindLabel(node: SchemaNode): string {
  if (node.kind === 'number') return node.integer ? 'integer' : 'number'
  if (node.kind === 'combined') return node.criterion
  return node.kind
}
