/**
 * Named rules for field-level changes, in the manner of Buf's breaking-change rules (a rule names
 * what must hold: FIELD_NO_DELETE, FIELD_SAME_TYPE, ENUM_VALUE_NO_DELETE, …; changes that break
 * nothing are named for what they are: FIELD_ADDED, DOC_CHANGED). The category says what a change
 * can break, after Buf's categories:
 * - WIRE: reading data across the change (a decoder sees other bytes or misses a value),
 * - WIRE_JSON: JSON encodings and anything keyed by name (a field or type renamed),
 * - FILE: generated code and sources only (types and fields added),
 * - COSMETIC: nothing (documentation).
 * Whether a WIRE change breaks *this* subject is the verdict's call under its level.
 */
export const CHANGE_CATEGORIES = ['WIRE', 'WIRE_JSON', 'FILE', 'COSMETIC'] as const
export type ChangeCategory = (typeof CHANGE_CATEGORIES)[number]

export const CHANGE_RULES = {
  FIELD_NO_DELETE: 'WIRE',
  FIELD_SAME_TYPE: 'WIRE',
  FIELD_SAME_REQUIRED: 'WIRE',
  FIELD_SAME_DEFAULT: 'WIRE',
  FIELD_ADDED_WITHOUT_DEFAULT: 'WIRE',
  ENUM_VALUE_NO_DELETE: 'WIRE',
  TYPE_NO_DELETE: 'WIRE',
  FIELD_SAME_NAME: 'WIRE_JSON',
  TYPE_SAME_NAME: 'WIRE_JSON',
  ENUM_VALUE_SAME_ORDER: 'FILE',
  ENUM_VALUE_ADDED: 'FILE',
  FIELD_ADDED: 'FILE',
  TYPE_ADDED: 'FILE',
  DOC_CHANGED: 'COSMETIC',
} as const satisfies Record<string, ChangeCategory>

export type ChangeRule = keyof typeof CHANGE_RULES

/** A rule with its category, as a change carries them. */
export function ruled(rule: ChangeRule): { rule: ChangeRule; category: ChangeCategory } {
  return { rule, category: CHANGE_RULES[rule] }
}
