import protobuf from 'protobufjs'
import type { FieldEntry } from '@/features/schemas/lib/field-model'
import type { ParsedProtobufSchema } from '@/features/schemas/lib/parse-protobuf'

/**
 * Flattens the messages and enums a .proto file declares into entries. Fields are keyed by
 * message and field number (what the wire format uses), so a renamed field is a rename; paths are
 * `orders.v1.Order.items`. Enums carry their `NAME=number` values as symbols.
 */
export function protobufFieldEntries(schema: ParsedProtobufSchema): FieldEntry[] {
  const entries: FieldEntry[] = []
  for (const fullName of schema.mainTypes) {
    const type = schema.root.lookup(fullName)
    if (type instanceof protobuf.Enum) {
      const symbols = Object.entries(type.values).map(([name, number]) => `${name}=${number}`)
      entries.push({ key: `type:${fullName}`, path: fullName, entity: 'type', type: 'enum', doc: comment(type), symbols })
    } else if (type instanceof protobuf.Type) {
      entries.push({ key: `type:${fullName}`, path: fullName, entity: 'type', type: 'message', doc: comment(type) })
      for (const field of type.fieldsArray) entries.push(fieldEntry(fullName, field))
    }
  }
  return entries
}

function fieldEntry(messageName: string, field: protobuf.Field): FieldEntry {
  const defaultOption = field.options?.default as unknown
  return {
    key: `${messageName}#${field.id}`,
    path: `${messageName}.${field.name}`,
    entity: 'field',
    type: protobufFieldLabel(field),
    default: defaultOption === undefined ? undefined : JSON.stringify(defaultOption),
    doc: comment(field),
    required: field.required,
  }
}

/** `repeated orders.v1.Item`, `map<string, int64>`, `string (oneof payment)`. */
export function protobufFieldLabel(field: protobuf.Field): string {
  const valueType = typeName(field)
  if (field instanceof protobuf.MapField) return `map<${field.keyType}, ${valueType}>`
  const rule = field.repeated ? 'repeated ' : field.required ? 'required ' : ''
  const oneof = realOneof(field)
  return `${rule}${valueType}${oneof ? ` (oneof ${oneof.name})` : ''}`
}

/** The resolved full name for message/enum fields, the scalar name otherwise. */
export function typeName(field: protobuf.Field): string {
  return field.resolvedType ? field.resolvedType.fullName.replace(/^\./, '') : field.type
}

/** proto3 `optional` makes a synthetic one-field oneof; only declared oneofs count. */
export function realOneof(field: protobuf.Field): protobuf.OneOf | undefined {
  const oneof = field.partOf ?? undefined
  if (!oneof) return undefined
  return field.options?.proto3_optional ? undefined : oneof
}

function comment(object: protobuf.ReflectionObject): string | undefined {
  return object.comment ?? undefined
}
