import type { SchemaChange } from '@/features/schemas/lib'

const VERBS: Partial<Record<SchemaChange['kind'], string>> = {
  'field-added': 'Added',
  'field-removed': 'Removed',
  'type-changed': 'Changed type of',
  'default-added': 'Added default to',
  'default-removed': 'Removed default of',
  'default-changed': 'Changed default of',
  'doc-changed': 'Changed doc of',
  'enum-symbols-changed': 'Changed symbols of',
  'required-changed': 'Changed required',
  'name-changed': 'Renamed',
}

/** One change as a sentence: "Added field 'Order.currency' (string)". */
export function describeChange(change: SchemaChange): string {
  const verb = VERBS[change.kind]
  if (!verb) return change.message
  const field = change.kind === 'field-added' || change.kind === 'field-removed' ? `field '${change.path}'` : `'${change.path}'`
  const type = change.kind === 'field-added' ? change.after : change.kind === 'field-removed' ? change.before : undefined
  const fromTo = change.before !== undefined && change.after !== undefined && change.kind !== 'doc-changed' ? ` (${change.before} → ${change.after})` : ''
  return `${verb} ${field}${type ? ` (${type})` : fromTo}`
}

/**
 * A version's line on the timeline: "Initial schema" for the first, the first changes otherwise,
 * and a plain note when the diff could not be computed or found no field-level change.
 */
export function summarizeChanges(changes: SchemaChange[] | null, isFirst: boolean, max = 2): string {
  if (isFirst) return 'Initial schema'
  if (changes === null) return 'Changes could not be computed'
  if (changes.length === 0) return 'No field-level changes'
  const shown = changes.slice(0, max).map(describeChange).join('; ')
  return changes.length > max ? `${shown}; and ${changes.length - max} more` : shown
}
