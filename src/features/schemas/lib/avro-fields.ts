import type { Type, types } from 'avsc'

import { AvroType } from '@/features/schemas/lib/avsc'
import type { FieldEntry } from '@/features/schemas/lib/field-model'

type ExportedField = { name: string; default?: unknown; doc?: string }

/**
 * Flattens an Avro type into field entries: `Order.customer.email`, with `[]` for array items
 * and `{}` for map values. Records reached through unions (the nullable-record idiom), arrays and
 * maps are walked; a record already on the current path is not re-entered (recursive types).
 * Keys leave the root's name out, so renaming the top-level record is one change, not all.
 */
export function avroFieldEntries(root: Type): FieldEntry[] {
  const rootName = root.name ? unqualify(root.name) : root.typeName
  const entries: FieldEntry[] = [
    {
      key: '',
      path: rootName,
      entity: 'type',
      type: root.name ? root.typeName : avroTypeLabel(root),
      name: root.name,
      doc: root.doc,
      symbols: enumSymbols(root),
    },
  ]
  walk(root, '', rootName, new Set(), entries)
  return entries
}

function walk(type: Type, key: string, path: string, onPath: Set<string>, out: FieldEntry[]): void {
  if (AvroType.isType(type, 'union')) {
    for (const branch of (type as types.UnwrappedUnionType).types) walk(branch, key, path, onPath, out)
  } else if (AvroType.isType(type, 'array')) {
    walk((type as types.ArrayType).itemsType, `${key}[]`, `${path}[]`, onPath, out)
  } else if (AvroType.isType(type, 'map')) {
    walk((type as types.MapType).valuesType as Type, `${key}{}`, `${path}{}`, onPath, out)
  } else if (AvroType.isType(type, 'record', 'error')) {
    const name = type.name ?? ''
    if (onPath.has(name)) return
    const record = type as types.RecordType
    const exported = new Map(exportedFields(record).map((field) => [field.name, field]))
    const inner = new Set(onPath).add(name)
    for (const field of record.fields) {
      const meta = exported.get(field.name)
      const fieldKey = `${key}.${field.name}`
      out.push({
        key: fieldKey,
        path: `${path}.${field.name}`,
        entity: 'field',
        type: avroTypeLabel(field.type),
        default: meta && 'default' in meta ? JSON.stringify(meta.default) : undefined,
        doc: meta?.doc,
        symbols: enumSymbols(field.type),
        formerKeys: field.aliases.map((alias) => `${key}.${alias}`),
        readsDefault: true,
      })
      walk(field.type, fieldKey, `${path}.${field.name}`, inner, out)
    }
  }
}

function exportedFields(record: types.RecordType): ExportedField[] {
  // The exported schema holds defaults in JSON form (defaultValue() returns decoded values, e.g.
  // Buffers) and docs. `noDeref` would shrink the record itself to its name, so it is not used.
  const schema = record.schema({ exportAttrs: true }) as { fields?: ExportedField[] }
  return schema.fields ?? []
}

/** The symbols of the enum a field holds directly, in a union, or as array items / map values. */
function enumSymbols(type: Type): string[] | undefined {
  if (AvroType.isType(type, 'enum')) return [...(type as types.EnumType).symbols]
  if (AvroType.isType(type, 'union')) {
    for (const branch of (type as types.UnwrappedUnionType).types) {
      const symbols = enumSymbols(branch)
      if (symbols) return symbols
    }
  }
  if (AvroType.isType(type, 'array')) return enumSymbols((type as types.ArrayType).itemsType)
  if (AvroType.isType(type, 'map')) return enumSymbols((type as types.MapType).valuesType as Type)
  return undefined
}

/** `int`, `array<string>`, `map<long>`, `null | com.acme.Customer`, `long (timestamp-millis)`. */
export function avroTypeLabel(type: Type): string {
  if (AvroType.isType(type, 'union')) return (type as types.UnwrappedUnionType).types.map(avroTypeLabel).join(' | ')
  if (AvroType.isType(type, 'array')) return `array<${avroTypeLabel((type as types.ArrayType).itemsType)}>`
  if (AvroType.isType(type, 'map')) return `map<${avroTypeLabel((type as types.MapType).valuesType as Type)}>`
  if (AvroType.isType(type, 'logical')) {
    const logical = type as types.LogicalType
    return `${avroTypeLabel(logical.underlyingType)} (${type.typeName.replace(/^logical:/, '')})`
  }
  if (type.name) return type.name
  return type.typeName
}

function unqualify(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1)
}
