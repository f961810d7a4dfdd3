import protobuf from 'protobufjs'
import type { ParsedProtobufSchema } from '@/features/schemas/lib/parse-protobuf'
import { typeName } from '@/features/schemas/lib/protobuf-fields'
import { messageFields, oneofProblems } from '@/features/schemas/lib/protobuf-oneofs'

/**
 * Confluent's Protobuf rules (its `SchemaDiff`): the checks are the same in both directions, so
 * `original` is the writer's file and `update` the reader's. Compatible: adding/removing fields,
 * messages' moves, enums and enum values, renames (the wire uses numbers), string<->bytes,
 * scalar changes within a wire-compatible group. Incompatible: package change, removed message,
 * a field number reused with another kind/scalar group/message type, a numeric field's label
 * change, required fields added or removed, and the oneof rules of `oneofProblems`. Each reason
 * ends with Confluent's Protobuf difference type (PACKAGE_CHANGED, MESSAGE_REMOVED,
 * FIELD_KIND_CHANGED, FIELD_SCALAR_KIND_CHANGED, FIELD_NAMED_TYPE_CHANGED, …).
 */
/** Paths in reasons are full names (`orders.v1.Order.id`), as in the change list. */
export function protobufReadProblems(reader: ParsedProtobufSchema, writer: ParsedProtobufSchema): string[] {
  const problems: string[] = []
  if (writer.packageName !== reader.packageName) {
    problems.push(`package changed from "${writer.packageName}" to "${reader.packageName}" (PACKAGE_CHANGED)`)
  }
  for (const name of writer.mainTypes) {
    const original = writer.root.lookup(name)
    if (!(original instanceof protobuf.Type)) continue
    const local = localName(name, writer.packageName)
    const update = lookupMessage(reader, local)
    if (!update) problems.push(`message ${name} was removed (MESSAGE_REMOVED)`)
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
  const before = messageFields(original)
  const after = messageFields(update)
  const problems = oneofProblems(before, after, path)
  // Every field number on either side, in order: oneof membership never hides a field change.
  const numbers = [...new Set([...before.byNumber.keys(), ...after.byNumber.keys()])].sort((a, b) => a - b)
  for (const id of numbers) {
    const was = before.byNumber.get(id)
    const now = after.byNumber.get(id)
    if (was && now) problems.push(...compareField(was, now, `${path}.${now.name}`, scope))
    else if (was && !before.oneofOf.has(id) && was.required) problems.push(`${path}.${was.name}: required field ${id} was removed (REQUIRED_FIELD_REMOVED)`)
    else if (now && !after.oneofOf.has(id) && now.required) problems.push(`${path}.${now.name}: required field ${id} was added (REQUIRED_FIELD_ADDED)`)
  }
  return problems
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
  if (originalKind !== updateKind) return [`${path}: field ${update.id} changed from ${originalKind} ${was} to ${updateKind} ${now} (FIELD_KIND_CHANGED)`]
  if (original instanceof protobuf.MapField && update instanceof protobuf.MapField) {
    if (SCALAR_GROUPS[original.keyType] !== SCALAR_GROUPS[update.keyType]) {
      return [`${path}: map key type changed from ${original.keyType} to ${update.keyType} (FIELD_SCALAR_KIND_CHANGED)`]
    }
  }
  if (originalKind === 'message' || (originalKind === 'map' && original.resolvedType instanceof protobuf.Type)) {
    return compareMessageType(original, update, path, scope)
  }
  if (scalarGroup(original) !== scalarGroup(update))
    return [`${path}: field ${update.id} type changed from ${was} to ${now}, which is not wire-compatible (FIELD_SCALAR_KIND_CHANGED)`]
  const [labelBefore, labelAfter] = [explicitLabel(original), explicitLabel(update)]
  if (originalKind === 'scalar' && labelBefore && labelAfter && labelBefore !== labelAfter && scalarGroup(original) !== 'length-delimited') {
    return [`${path}: numeric field ${update.id} label changed from ${labelBefore} to ${labelAfter} (FIELD_NUMERIC_LABEL_CHANGED)`]
  }
  return []
}

function compareMessageType(original: protobuf.Field, update: protobuf.Field, path: string, scope: Scope): string[] {
  const a = original.resolvedType as protobuf.Type
  const b = update.resolvedType
  if (!(b instanceof protobuf.Type)) return [`${path}: map value changed from ${typeName(original)} to ${typeName(update)} (FIELD_NAMED_TYPE_CHANGED)`]
  if (localName(a.fullName, scope.writer.packageName) !== localName(b.fullName, scope.reader.packageName)) {
    return [`${path}: field ${update.id} message type changed from ${typeName(original)} to ${typeName(update)} (FIELD_NAMED_TYPE_CHANGED)`]
  }
  // Same-named message: its contents must be compatible too (compared once per pair).
  const pair = `${a.fullName}->${b.fullName}`
  if (scope.seen.has(pair)) return []
  const inner = compareMessage(a, b, typeName(update), { ...scope, seen: new Set(scope.seen).add(pair) })
  return inner.length > 0 ? [...inner, `${path}: field ${update.id} message type ${typeName(update)} changed incompatibly`] : []
}
