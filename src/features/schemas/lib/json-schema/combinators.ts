import { canonicalJson } from '@/features/schemas/lib/canonical-json'
import type { DiffContext } from '@/features/schemas/lib/json-schema/context'
import type { JsonSchemaDifference } from '@/features/schemas/lib/json-schema/differences'
import type { Criterion, NodeOf, SchemaNode } from '@/features/schemas/lib/json-schema/model'

export function compareConst(ctx: DiffContext, original: NodeOf<'const'>, update: NodeOf<'const'>): void {
  if (original.value !== update.value) ctx.add('ENUM_ARRAY_CHANGED', `from ${original.value} to ${update.value}`, 'const')
}

export function compareEnum(ctx: DiffContext, original: NodeOf<'enum'>, update: NodeOf<'enum'>): void {
  if (original.values.join('\u0000') === update.values.join('\u0000')) return
  const [before, after] = [new Set(original.values), new Set(update.values)]
  const added = update.values.filter((value) => !before.has(value))
  const removed = original.values.filter((value) => !after.has(value))
  if (removed.length === 0) ctx.add('ENUM_ARRAY_EXTENDED', added.length > 0 ? `(${added.join(', ')} added)` : '(reordered)', 'enum')
  else if (added.length === 0) ctx.add('ENUM_ARRAY_NARROWED', `(${removed.join(', ')} removed)`, 'enum')
  else ctx.add('ENUM_ARRAY_CHANGED', `(${removed.join(', ')} removed, ${added.join(', ')} added)`, 'enum')
}

/** `not` is compared the other way round: excluding less accepts more. */
export function compareNot(ctx: DiffContext, original: NodeOf<'not'>, update: NodeOf<'not'>): void {
  const attempt = ctx.attempt('not')
  attempt.compare(update.schema, original.schema)
  ctx.add(attempt.isCompatible() ? 'NOT_TYPE_NARROWED' : 'NOT_TYPE_EXTENDED', undefined, 'not')
}

/**
 * allOf/anyOf/oneOf: the keyword may change only towards accepting more (to anyOf; between
 * single-branch combinations; a single branch to oneOf; allOf to a single branch); an anyOf/oneOf
 * may gain branches and an allOf lose them; and every branch of the smaller side must pair off
 * with a compatible branch of the other (a maximum matching), duplicates counted once.
 */
export function compareCombined(ctx: DiffContext, original: NodeOf<'combined'>, update: NodeOf<'combined'>): void {
  if (original.criterion !== update.criterion) {
    if (!criterionWidens(original, update)) return ctx.add('COMBINED_TYPE_CHANGED', `from ${original.criterion} to ${update.criterion}`)
    ctx.add('COMBINED_TYPE_EXTENDED', `from ${original.criterion} to ${update.criterion}`)
  }
  const before = distinct(original.subschemas)
  const after = distinct(update.subschemas)
  if (before.length < after.length)
    ctx.add(update.criterion === 'allOf' ? 'PRODUCT_TYPE_EXTENDED' : 'SUM_TYPE_EXTENDED', `(${before.length} to ${after.length} subschemas)`)
  else if (before.length > after.length)
    ctx.add(isSum(original.criterion) ? 'SUM_TYPE_NARROWED' : 'PRODUCT_TYPE_NARROWED', `(${before.length} to ${after.length} subschemas)`)
  const compatible = before.map((branch, index) =>
    after.map((candidate) => {
      const attempt = ctx.attempt(original.criterion, String(index))
      attempt.compare(branch, candidate)
      return attempt.isCompatible() ? attempt.differences : undefined
    }),
  )
  const matching = maximumMatching(compatible.map((row) => row.map((cell) => cell !== undefined)))
  for (const [left, right] of matching) ctx.addAll(compatible[left]?.[right] as JsonSchemaDifference[])
  if (matching.length < Math.min(before.length, after.length)) ctx.add('COMBINED_TYPE_SUBSCHEMAS_CHANGED')
}

function isSum(criterion: Criterion): boolean {
  return criterion === 'anyOf' || criterion === 'oneOf'
}

function criterionWidens(original: NodeOf<'combined'>, update: NodeOf<'combined'>): boolean {
  const single = (node: NodeOf<'combined'>) => node.subschemas.length === 1
  return (
    update.criterion === 'anyOf' ||
    (single(original) && single(update)) ||
    (single(original) && update.criterion === 'oneOf') ||
    (single(update) && original.criterion === 'allOf')
  )
}

const branchKeys = new WeakMap<SchemaNode, string>()

/** What tells two branches apart: their kind and schema text (computed once per node). */
function branchKey(branch: SchemaNode): string {
  let key = branchKeys.get(branch)
  if (key === undefined) {
    const variant = branch.kind === 'number' ? String(branch.integer) : branch.kind === 'combined' ? `${branch.origin} ${branch.criterion}` : ''
    key = `${branch.kind}:${variant}:${canonicalJson(branch.source)}`
    branchKeys.set(branch, key)
  }
  return key
}

/** Branches with the same schema text count once. */
function distinct(branches: SchemaNode[]): SchemaNode[] {
  if (branches.length < 2) return branches
  const seen = new Set<string>()
  return branches.filter((branch) => {
    const key = branchKey(branch)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Pairs (left, right) of a maximum bipartite matching over `edges[left][right]` (augmenting paths). */
export function maximumMatching(edges: boolean[][]): [number, number][] {
  const matchOfRight = new Map<number, number>()
  const augment = (left: number, visited: Set<number>): boolean => {
    const row = edges[left] ?? []
    for (let right = 0; right < row.length; right++) {
      if (!row[right] || visited.has(right)) continue
      visited.add(right)
      const owner = matchOfRight.get(right)
      if (owner === undefined || augment(owner, visited)) {
        matchOfRight.set(right, left)
        return true
      }
    }
    return false
  }
  edges.forEach((_, left) => augment(left, new Set()))
  return [...matchOfRight].map(([right, left]) => [left, right] as [number, number]).sort((a, b) => a[0] - b[0])
}
