import type { Type, types } from 'avsc'

import { AvroType } from '@/features/schemas/lib/avsc'
import { avroTypeLabel } from '@/features/schemas/lib/avro-fields'
import { errorMessage } from '@/features/schemas/lib/schema-parse-error'

// Avro (like Confluent's and Apicurio's Java checkers) matches named types on their unqualified
// name, so a namespace change alone stays readable; avsc is strict unless told otherwise.
const RESOLVER_OPTIONS = { ignoreNamespaces: true }

/**
 * Why `reader` cannot read data written with `writer` under Avro's schema resolution rules;
 * empty when it can. avsc's resolver decides; the walk below only explains, field by field, each
 * reason ending with Avro's incompatibility type (its `SchemaCompatibility` names, which
 * Confluent reports too: READER_FIELD_MISSING_DEFAULT_VALUE, TYPE_MISMATCH, NAME_MISMATCH, …).
 */
export function avroReadProblems(reader: Type, writer: Type): string[] {
  try {
    reader.createResolver(writer, { ...RESOLVER_OPTIONS })
    return []
  } catch (error) {
    const reasons = explain(reader, writer, reader.name ? unqualify(reader.name) : 'value')
    return reasons.length > 0 ? reasons : [errorMessage(error)]
  }
}

function canRead(reader: Type, writer: Type): boolean {
  try {
    reader.createResolver(writer, { ...RESOLVER_OPTIONS })
    return true
  } catch {
    return false
  }
}

function explain(reader: Type, writer: Type, path: string): string[] {
  if (AvroType.isType(writer, 'union') && !AvroType.isType(reader, 'union')) {
    const unreadable = (writer as types.UnwrappedUnionType).types.filter((branch) => !canRead(reader, branch))
    return [`${path}: ${avroTypeLabel(reader)} cannot read the union branch(es) ${unreadable.map(avroTypeLabel).join(', ')} (MISSING_UNION_BRANCH)`]
  }
  if (AvroType.isType(writer, 'union') && AvroType.isType(reader, 'union')) {
    const unreadable = (writer as types.UnwrappedUnionType).types.filter((branch) => !canRead(reader, branch))
    return [`${path}: union branch(es) ${unreadable.map(avroTypeLabel).join(', ')} no longer readable as ${avroTypeLabel(reader)} (MISSING_UNION_BRANCH)`]
  }
  if (AvroType.isType(reader, 'record', 'error') && AvroType.isType(writer, 'record', 'error')) {
    return explainRecord(reader as types.RecordType, writer as types.RecordType, path)
  }
  if (AvroType.isType(reader, 'enum') && AvroType.isType(writer, 'enum')) {
    const readerSymbols = (reader as types.EnumType).symbols
    const missing = (writer as types.EnumType).symbols.filter((symbol) => !readerSymbols.includes(symbol))
    if (missing.length > 0) return [`${path}: enum symbol(s) ${missing.join(', ')} missing from the reader, which has no enum default (MISSING_ENUM_SYMBOLS)`]
  }
  if (AvroType.isType(reader, 'array') && AvroType.isType(writer, 'array')) {
    return explain((reader as types.ArrayType).itemsType, (writer as types.ArrayType).itemsType, `${path}[]`)
  }
  if (AvroType.isType(reader, 'map') && AvroType.isType(writer, 'map')) {
    return explain((reader as types.MapType).valuesType as Type, (writer as types.MapType).valuesType as Type, `${path}{}`)
  }
  if (reader.name && writer.name && unqualify(reader.name) !== unqualify(writer.name)) {
    return [`${path}: named type ${writer.name} cannot be read as ${reader.name}: no matching alias (NAME_MISMATCH)`]
  }
  if (AvroType.isType(reader, 'fixed') && AvroType.isType(writer, 'fixed')) {
    return [`${path}: fixed size changed from ${(writer as types.FixedType).size} to ${(reader as types.FixedType).size} (FIXED_SIZE_MISMATCH)`]
  }
  return [`${path}: ${avroTypeLabel(writer)} cannot be read as ${avroTypeLabel(reader)} (TYPE_MISMATCH)`]
}

function explainRecord(reader: types.RecordType, writer: types.RecordType, path: string): string[] {
  const readerNames = [reader.name ?? '', ...(reader.aliases ?? [])].map(unqualify)
  if (writer.name && !readerNames.includes(unqualify(writer.name))) {
    return [`${path}: record ${writer.name} cannot be read as ${reader.name}: names differ and no alias matches (NAME_MISMATCH)`]
  }
  const reasons: string[] = []
  const writerFields = new Map(writer.fields.map((field) => [field.name, field]))
  for (const field of reader.fields) {
    const fieldPath = `${path}.${field.name}`
    const source = [field.name, ...field.aliases].map((name) => writerFields.get(name)).find(Boolean)
    if (!source) {
      if (field.defaultValue() === undefined)
        reasons.push(`${fieldPath}: field is missing from the writer's schema and has no default (READER_FIELD_MISSING_DEFAULT_VALUE)`)
    } else if (!canRead(field.type, source.type)) {
      reasons.push(...explain(field.type, source.type, fieldPath))
    }
  }
  return reasons
}

function unqualify(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1)
}
