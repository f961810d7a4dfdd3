import { ruled, type ChangeRule } from '@/features/schemas/lib/change-rules'
import type { SchemaChange, SchemaChangeKind } from '@/features/schemas/lib/types'

/**
 * A format-neutral, flattened view of one schema: an entry per field (and per named type), so one
 * diff serves Avro, Protobuf and JSON Schema. `key` pairs entries across versions (a path for Avro
 * and JSON, `message#number` for Protobuf, where numbers and not names identify fields).
 */
export type FieldEntry = {
  key: string
  path: string
  entity: 'field' | 'type'
  /** Human-readable type, e.g. `array<string>`, `repeated int32`, `string|null`. */
  type: string
  /** JSON text of the default value, when one is declared. */
  default?: string
  doc?: string
  symbols?: string[]
  required?: boolean
  /** The declared name where it can change without changing the key (a record's full name). */
  name?: string
  /** Keys this entry may have had before (Avro field aliases): a rename, not a remove + add. */
  formerKeys?: string[]
  /** A reader fills the field from its default when the writer lacks it (Avro), so adding it needs one. */
  readsDefault?: boolean
}

const KIND_ORDER: SchemaChangeKind[] = [
  'name-changed',
  'field-removed',
  'field-added',
  'type-changed',
  'required-changed',
  'default-added',
  'default-removed',
  'default-changed',
  'enum-symbols-changed',
  'doc-changed',
  'other',
]

/** Field-level changes from `before` to `after`, sorted by path then kind (deterministic). */
export function diffFieldEntries(before: FieldEntry[], after: FieldEntry[]): SchemaChange[] {
  const beforeByKey = new Map(before.map((entry) => [entry.key, entry]))
  const afterKeys = new Set(after.map((entry) => entry.key))
  const matched = new Set<string>()
  const changes: SchemaChange[] = []
  for (const entry of after) {
    const previousKey = beforeByKey.has(entry.key) ? entry.key : entry.formerKeys?.find((key) => beforeByKey.has(key) && !afterKeys.has(key))
    const previous = previousKey === undefined ? undefined : beforeByKey.get(previousKey)
    if (!previous || previousKey === undefined) {
      changes.push(added(entry))
      continue
    }
    matched.add(previousKey)
    changes.push(...compareEntries(previous, entry))
  }
  for (const entry of before) if (!matched.has(entry.key)) changes.push(removed(entry))
  return changes.sort((a, b) => compareText(a.path, b.path) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function label(entry: FieldEntry): string {
  return entry.entity === 'field' ? 'field' : entry.type
}

/** A field nothing fills in for old data: required, or read from a default (Avro) it lacks. */
function addedRule(entry: FieldEntry): ChangeRule {
  if (entry.entity !== 'field') return 'TYPE_ADDED'
  return (entry.required || entry.readsDefault) && entry.default === undefined ? 'FIELD_ADDED_WITHOUT_DEFAULT' : 'FIELD_ADDED'
}

function added(entry: FieldEntry): SchemaChange {
  const what = entry.entity === 'field' ? `field added (${entry.type})` : `${entry.type} added`
  const kind = entry.entity === 'field' ? 'field-added' : 'other'
  return { kind, ...ruled(addedRule(entry)), path: entry.path, after: entry.type, message: `${entry.path}: ${what}` }
}

function removed(entry: FieldEntry): SchemaChange {
  const what = entry.entity === 'field' ? `field removed (was ${entry.type})` : `${entry.type} removed`
  const [kind, rule] = entry.entity === 'field' ? (['field-removed', 'FIELD_NO_DELETE'] as const) : (['other', 'TYPE_NO_DELETE'] as const)
  return { kind, ...ruled(rule), path: entry.path, before: entry.type, message: `${entry.path}: ${what}` }
}

const RULE_OF_KIND: Record<Exclude<SchemaChangeKind, 'field-added' | 'field-removed' | 'other'>, ChangeRule> = {
  'name-changed': 'FIELD_SAME_NAME',
  'type-changed': 'FIELD_SAME_TYPE',
  'required-changed': 'FIELD_SAME_REQUIRED',
  'default-added': 'FIELD_SAME_DEFAULT',
  'default-removed': 'FIELD_SAME_DEFAULT',
  'default-changed': 'FIELD_SAME_DEFAULT',
  'enum-symbols-changed': 'ENUM_VALUE_NO_DELETE',
  'doc-changed': 'DOC_CHANGED',
}

function compareEntries(before: FieldEntry, after: FieldEntry): SchemaChange[] {
  const path = after.path
  const changes: SchemaChange[] = []
  const push = (kind: keyof typeof RULE_OF_KIND, was: string | undefined, now: string | undefined, message: string, rule = RULE_OF_KIND[kind]) =>
    changes.push({ kind, ...ruled(rule), path, before: was, after: now, message: `${path}: ${message}` })
  const renameRule = after.entity === 'type' ? 'TYPE_SAME_NAME' : 'FIELD_SAME_NAME'

  if (before.path !== after.path) push('name-changed', before.path, after.path, `${label(after)} renamed from ${before.path}`, renameRule)
  else if (before.name !== after.name) push('name-changed', before.name, after.name, `renamed from ${before.name} to ${after.name}`, renameRule)
  if (before.type !== after.type) push('type-changed', before.type, after.type, `type changed from ${before.type} to ${after.type}`)
  if (Boolean(before.required) !== Boolean(after.required)) {
    const now = after.required ? 'required' : 'optional'
    push('required-changed', before.required ? 'required' : 'optional', now, `now ${now}`)
  }
  if (before.default === undefined && after.default !== undefined) push('default-added', undefined, after.default, `default ${after.default} added`)
  else if (before.default !== undefined && after.default === undefined) push('default-removed', before.default, undefined, `default ${before.default} removed`)
  else if (before.default !== after.default)
    push('default-changed', before.default, after.default, `default changed from ${before.default} to ${after.default}`)
  if (before.symbols || after.symbols) {
    const was = before.symbols ?? []
    const now = after.symbols ?? []
    if (was.join('\u0000') !== now.join('\u0000')) {
      const gone = was.filter((symbol) => !now.includes(symbol))
      const fresh = now.filter((symbol) => !was.includes(symbol))
      const parts = [fresh.length ? `added ${fresh.join(', ')}` : '', gone.length ? `removed ${gone.join(', ')}` : '']
      const detail = parts.filter(Boolean).join('; ') || 'reordered'
      const rule = gone.length > 0 ? 'ENUM_VALUE_NO_DELETE' : fresh.length > 0 ? 'ENUM_VALUE_ADDED' : 'ENUM_VALUE_SAME_ORDER'
      push('enum-symbols-changed', was.join(', '), now.join(', '), `enum symbols ${detail}`, rule)
    }
  }
  if ((before.doc ?? '') !== (after.doc ?? '')) push('doc-changed', before.doc, after.doc, 'documentation changed')
  return changes
}
