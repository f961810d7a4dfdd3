import type protobuf from 'protobufjs'
import { realOneof } from '@/features/schemas/lib/protobuf-fields'

/** A message's fields by number (oneof members included) and the declared oneof each belongs to. */
export type MessageFields = {
  byNumber: Map<number, protobuf.Field>
  oneofOf: Map<number, string>
  oneofs: Map<string, protobuf.OneOf>
}

export function messageFields(type: protobuf.Type): MessageFields {
  const fields: MessageFields = { byNumber: new Map(), oneofOf: new Map(), oneofs: new Map() }
  for (const field of type.fieldsArray) {
    fields.byNumber.set(field.id, field)
    const oneof = realOneof(field)
    if (oneof) {
      fields.oneofOf.set(field.id, oneof.name)
      fields.oneofs.set(oneof.name, oneof)
    }
  }
  return fields
}

/**
 * Confluent's oneof rules (its current message checker), fields matched by number whatever oneof
 * holds them. Incompatible: a oneof gathering fields that were independent before (from two or
 * more original groups, each top-level field its own group): MULTIPLE_FIELDS_MOVED_TO_ONEOF when
 * several top-level fields moved in, FIELD_MOVED_TO_EXISTING_ONEOF otherwise (a field joining
 * another oneof's members, or two oneofs merged); a member dropped from the message
 * (ONEOF_FIELD_REMOVED), unless its whole oneof went with no member left anywhere.
 * Compatible: oneofs added, removed or renamed with the same members, members added, a member
 * moved to the top level or alone into a new oneof, a top-level field moved into a new oneof alone.
 */
export function oneofProblems(original: MessageFields, update: MessageFields, path: string): string[] {
  const problems: string[] = []
  for (const oneof of update.oneofs.values()) {
    const groups = new Set<string>()
    const movedIn: string[] = []
    for (const field of oneof.fieldsArray) {
      const before = original.oneofOf.get(field.id)
      if (before !== undefined) groups.add(`oneof:${before}`)
      else if (original.byNumber.has(field.id)) {
        groups.add(`field:${field.id}`)
        movedIn.push(field.name)
      }
    }
    if (groups.size < 2) continue
    if (movedIn.length > 1) {
      problems.push(
        `${path}: fields ${movedIn.join(', ')} moved together into oneof ${oneof.name}, so they can no longer all be set (MULTIPLE_FIELDS_MOVED_TO_ONEOF)`,
      )
    } else {
      const origins = [...groups].map((group) => group.replace(/^oneof:/, 'oneof ').replace(/^field:/, 'field '))
      problems.push(`${path}: oneof ${oneof.name} now joins fields that were independent (${origins.join(', ')}) (FIELD_MOVED_TO_EXISTING_ONEOF)`)
    }
  }
  const deleted = deletedOneofs(original, update)
  for (const [id, oneof] of original.oneofOf) {
    if (update.byNumber.has(id) || deleted.has(oneof)) continue
    const field = original.byNumber.get(id)
    problems.push(`${path}.${field?.name ?? id}: field ${id} removed from oneof ${oneof} (ONEOF_FIELD_REMOVED)`)
  }
  return problems
}

/** Oneofs gone by name with none of their members left anywhere in the update: a clean deletion. */
function deletedOneofs(original: MessageFields, update: MessageFields): Set<string> {
  const deleted = new Set<string>()
  for (const [name, oneof] of original.oneofs) {
    if (update.oneofs.has(name)) continue
    if (!oneof.fieldsArray.some((field) => update.byNumber.has(field.id))) deleted.add(name)
  }
  return deleted
}
