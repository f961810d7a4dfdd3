import type { DiffContext } from '@/features/schemas/lib/json-schema/context'
import type { DifferenceType } from '@/features/schemas/lib/json-schema/differences'
import type { NodeOf } from '@/features/schemas/lib/json-schema/model'

type Bounded =
  | 'MAX_LENGTH'
  | 'MIN_LENGTH'
  | 'MAXIMUM'
  | 'MINIMUM'
  | 'EXCLUSIVE_MAXIMUM'
  | 'EXCLUSIVE_MINIMUM'
  | 'MAX_PROPERTIES'
  | 'MIN_PROPERTIES'
  | 'MAX_ITEMS'
  | 'MIN_ITEMS'
  | 'MAX_CONTAINS'
  | 'MIN_CONTAINS'

/**
 * One numeric keyword: added, removed, increased or decreased (`MAX_LENGTH_DECREASED`). Whether
 * that narrows (a lower maximum, a higher minimum, a new bound) is the compatibility table's call.
 */
export function compareBound(ctx: DiffContext, keyword: string, rule: Bounded, original?: number, update?: number): void {
  if (original === update) return
  const at = (change: string, detail: string) => ctx.add(`${rule}_${change}` as DifferenceType, detail, keyword)
  if (original === undefined) at('ADDED', `(${update})`)
  else if (update === undefined) at('REMOVED', `(was ${original})`)
  else at(original < update ? 'INCREASED' : 'DECREASED', `from ${original} to ${update}`)
}

export function compareStrings(ctx: DiffContext, original: NodeOf<'string'>, update: NodeOf<'string'>): void {
  compareBound(ctx, 'maxLength', 'MAX_LENGTH', original.maxLength, update.maxLength)
  compareBound(ctx, 'minLength', 'MIN_LENGTH', original.minLength, update.minLength)
  const [before, after] = [original.pattern, update.pattern]
  if (before === undefined && after !== undefined) ctx.add('PATTERN_ADDED', `(${after})`, 'pattern')
  else if (before !== undefined && after === undefined) ctx.add('PATTERN_REMOVED', `(was ${before})`, 'pattern')
  else if (before !== after) ctx.add('PATTERN_CHANGED', `from ${before} to ${after}`, 'pattern')
}

export function compareNumbers(ctx: DiffContext, original: NodeOf<'number'>, update: NodeOf<'number'>): void {
  compareBound(ctx, 'maximum', 'MAXIMUM', original.maximum, update.maximum)
  compareBound(ctx, 'minimum', 'MINIMUM', original.minimum, update.minimum)
  compareBound(ctx, 'exclusiveMaximum', 'EXCLUSIVE_MAXIMUM', original.exclusiveMaximum, update.exclusiveMaximum)
  compareBound(ctx, 'exclusiveMinimum', 'EXCLUSIVE_MINIMUM', original.exclusiveMinimum, update.exclusiveMinimum)
  compareMultipleOf(ctx, original.multipleOf, update.multipleOf)
  if (original.integer && !update.integer) ctx.add('TYPE_EXTENDED', 'from integer to number')
  else if (!original.integer && update.integer) ctx.add('TYPE_NARROWED', 'from number to integer')
}

/** A new multipleOf that is a multiple of the old one accepts fewer values (EXPANDED); a divisor of it, more (REDUCED). */
function compareMultipleOf(ctx: DiffContext, original?: number, update?: number): void {
  if (original === update) return
  if (original === undefined) return ctx.add('MULTIPLE_OF_ADDED', `(${update})`, 'multipleOf')
  if (update === undefined) return ctx.add('MULTIPLE_OF_REMOVED', `(was ${original})`, 'multipleOf')
  const detail = `from ${original} to ${update}`
  if (original !== 0 && isMultiple(update, original)) ctx.add('MULTIPLE_OF_EXPANDED', detail, 'multipleOf')
  else if (update !== 0 && isMultiple(original, update)) ctx.add('MULTIPLE_OF_REDUCED', detail, 'multipleOf')
  else ctx.add('MULTIPLE_OF_CHANGED', detail, 'multipleOf')
}

/** Exact for decimal fractions (0.3 is a multiple of 0.1), as the registry's decimal arithmetic is. */
function isMultiple(value: number, divisor: number): boolean {
  const scale = 10 ** Math.max(decimals(value), decimals(divisor))
  const [a, b] = [Math.round(value * scale), Math.round(divisor * scale)]
  return b !== 0 && a % b === 0
}

function decimals(value: number): number {
  const [mantissa = '', exponent = '0'] = value.toString().split('e')
  const fraction = mantissa.split('.')[1]?.length ?? 0
  return Math.max(0, fraction - Number(exponent))
}
