import protobuf from 'protobufjs'
import type { ParsedProtobufSchema } from '@/features/schemas/lib/parse-protobuf'
import { realOneof, typeName } from '@/features/schemas/lib/protobuf-fields'

/**
 * Confluent's Protobuf rules (its `SchemaDiff`): the checks are the same in both directions, so
 * `original` is the writer's file and `update` the reader's. Compatible: adding/removing fields,
 * messages' moves, enums and enum values, renames (the wire uses numbers), string<->bytes,
 * scalar changes within a wire-compatible group. Incompatible: package change, removed message,
 * a field number reused with another kind/scalar group/message type, a numeric field's label
 * change, required fields added or removed, oneof members removed or several fields folded
 * into one oneof.
 */
/** Paths in reasons are full names (`orders.v1.Order.id`), as in the change list. */
export function protobufReadProblems(reader: ParsedProtobufSchema, writer: ParsedProtobufSchema): string[] {
  const problems: string[] = []
  if (writer.packageName !== reader.packageName) {
    problems.push(`package changed from "${writer.packageName}" to "${reader.packageName}"`)
  }
  for (const name of writer.mainTypes) {
    const original = writer.root.lookup(name)
    if (!(original instanceof protobuf.Type)) continue
    const local = localName(name, writer.packageName)
    const update = lookupMessage(reader, local)
    if (!update) problems.push(`message ${name} was removed`)
    else problems.push(...compareMessage(original, update, name, { writer, reader, seen: new Set() }))
  }
  return [...new Set(problems)] // a message reached both directly and through a field reports once
}

type Scope = { writer: ParsedProtobufSchema; reader: ParsedProtobufSchema; seen: Set<string> }

function localName(fullName: string, packageName: string): string {
  const name = fullName.replace(/^\./, '')
  return packageName && name.startsWith(`${packageName}.`) ? name.slice(packageName.length + 1) : name
}

function lookupMessage(schema: ParsedProtobufSchema, local: string): protobuf.Type | undefined {
  const found = schema.root.lookup(schema.packageName ? `${schema.packageName}.${local}` : local)
  return found instanceof protobuf.Type ? found : undefined
}

function compareMessage(original: protobuf.Type, update: protobuf.Type, path: string, scope: Scope): string[] {
  const problems: string[] = []
  const originalTop = new Map(original.fieldsArray.filter((f) => !realOneof(f)).map((f) => [f.id, f]))
  const updateTop = new Map(update.fieldsArray.filter((f) => !realOneof(f)).map((f) => [f.id, f]))
  const originalInOneof = new Map(original.fieldsArray.filter((f) => realOneof(f)).map((f) => [f.id, f]))

  for (const oneof of realOneofs(update)) {
    const moved = oneof.fieldsArray.filter((f) => originalTop.has(f.id))
    const existing = oneof.fieldsArray.filter((f) => !originalTop.has(f.id) && originalInOneof.has(f.id))
    for (const f of moved) originalTop.delete(f.id) // moved, not removed
    if (moved.length > 1) problems.push(`${path}: several existing fields moved into oneof ${oneof.name}`)
    else if (moved.length === 1 && existing.length > 0) problems.push(`${path}: field ${moved[0]!.name} moved into existing oneof ${oneof.name}`)
  }
  const updateOneofs = new Map(realOneofs(update).map((oneof) => [oneof.name, oneof]))
  for (const oneof of realOneofs(original)) {
    const counterpart = updateOneofs.get(oneof.name)
    if (!counterpart) continue
    const kept = new Set(counterpart.fieldsArray.map((f) => f.id))
    for (const f of oneof.fieldsArray) {
      if (!kept.has(f.id)) problems.push(`${path}.${f.name}: field ${f.id} removed from oneof ${oneof.name}`)
    }
  }
  for (const [id, field] of originalTop) {
    const counterpart = updateTop.get(id)
    if (!counterpart) {
      if (field.required) problems.push(`${path}.${field.name}: required field ${id} was removed`)
    } else problems.push(...compareField(field, counterpart, `${path}.${counterpart.name}`, scope))
  }
  for (const [id, field] of updateTop) {
    if (!originalTop.has(id) && !originalInOneof.has(id) && field.required) problems.push(`${path}.${field.name}: required field ${id} was added`)
  }
  // Fields whose oneof membership changed are compared by number as well.
  const originalAll = new Map(original.fieldsArray.map((f) => [f.id, f]))
  for (const field of update.fieldsArray) {
    const before = originalAll.get(field.id)
    if (!before || realOneof(before)?.name === realOneof(field)?.name) continue
    if (!realOneof(before) && !realOneof(field)) continue
    problems.push(...compareField(before, field, `${path}.${field.name}`, scope))
  }
  return problems
}

function realOneofs(type: protobuf.Type): protobuf.OneOf[] {
  return type.oneofsArray.filter((oneof) => !oneof.fieldsArray.every((f) => f.options?.proto3_optional))
}

type Kind = 'scalar' | 'message' | 'map'

function kindOf(field: protobuf.Field): Kind {
  if (field instanceof protobuf.MapField) return 'map'
  return field.resolvedType instanceof protobuf.Type ? 'message' : 'scalar'
}

// Wire-compatible scalar groups (protobuf's "Updating A Message Type"); enums are varints.
const SCALAR_GROUPS: Record<string, string> = {
  int32: 'varint',
  int64: 'varint',
  uint32: 'varint',
  uint64: 'varint',
  bool: 'varint',
  sint32: 'zigzag',
  sint64: 'zigzag',
  string: 'length-delimited',
  bytes: 'length-delimited',
  fixed32: 'fixed32',
  sfixed32: 'fixed32',
  fixed64: 'fixed64',
  sfixed64: 'fixed64',
  float: 'float',
  double: 'double',
}

function scalarGroup(field: protobuf.Field): string {
  return field.resolvedType instanceof protobuf.Enum ? 'varint' : (SCALAR_GROUPS[field.type] ?? field.type)
}

/**
 * The label as written. proto3 singular fields have none, and Confluent compares labels only when
 * both sides have one; proto2 `optional` and proto3 `optional` fields have presence.
 */
function explicitLabel(field: protobuf.Field): string | undefined {
  if (field.repeated) return 'repeated'
  if (field.required) return 'required'
  return field.hasPresence ? 'optional' : undefined
}

function compareField(original: protobuf.Field, update: protobuf.Field, path: string, scope: Scope): string[] {
  const [originalKind, updateKind] = [kindOf(original), kindOf(update)]
  const was = typeName(original)
  const now = typeName(update)
  if (originalKind !== updateKind) return [`${path}: field ${update.id} changed from ${originalKind} ${was} to ${updateKind} ${now}`]
  if (original instanceof protobuf.MapField && update instanceof protobuf.MapField) {
    if (SCALAR_GROUPS[original.keyType] !== SCALAR_GROUPS[update.keyType]) {
      return [`${path}: map key type changed from ${original.keyType} to ${update.keyType}`]
    }
  }
  if (originalKind === 'message' || (originalKind === 'map' && original.resolvedType instanceof protobuf.Type)) {
    return compareMessageType(original, update, path, scope)
  }
  if (scalarGroup(original) !== scalarGroup(update)) return [`${path}: field ${update.id} type changed from ${was} to ${now}, which is not wire-compatible`]
  const [labelBefore, labelAfter] = [explicitLabel(original), explicitLabel(update)]
  if (originalKind === 'scalar' && labelBefore && labelAfter && labelBefore !== labelAfter && scalarGroup(original) !== 'length-delimited') {
    return [`${path}: numeric field ${update.id} label changed from ${labelBefore} to ${labelAfter}`]
  }
  return []
}

function compareMessageType(original: protobuf.Field, update: protobuf.Field, path: string, scope: Scope): string[] {
  const a = original.resolvedType as protobuf.Type
  const b = update.resolvedType
  if (!(b instanceof protobuf.Type)) return [`${path}: map value changed from ${typeName(original)} to ${typeName(update)}`]
  if (localName(a.fullName, scope.writer.packageName) !== localName(b.fullName, scope.reader.packageName)) {
    return [`${path}: field ${update.id} message type changed from ${typeName(original)} to ${typeName(update)}`]
  }
  // Same-named message: its contents must be compatible too (compared once per pair).
  const pair = `${a.fullName}->${b.fullName}`
  if (scope.seen.has(pair)) return []
  const inner = compareMessage(a, b, typeName(update), { ...scope, seen: new Set(scope.seen).add(pair) })
  return inner.length > 0 ? [...inner, `${path}: field ${update.id} message type ${typeName(update)} changed incompatibly`] : []
}
