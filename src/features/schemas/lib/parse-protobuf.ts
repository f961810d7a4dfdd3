import protobuf from 'protobufjs'
import type { SchemaReferenceContent } from '@/features/schemas/lib/types'
import { errorMessage, SchemaParseError } from '@/features/schemas/lib/schema-parse-error'

export type ParsedProtobufSchema = {
  format: 'protobuf'
  /** Every type of the main file and its imports, resolved (field.resolvedType is set). */
  root: protobuf.Root
  packageName: string
  imports: string[]
  /** Fully-qualified names (no leading dot) of the types the main file itself declares, in order. */
  mainTypes: string[]
}

// Field names stay as written: registries and users speak snake_case, not protobufjs' camelCase.
const PARSE_OPTIONS = { keepCase: true }

/**
 * Imports are satisfied from the references (by import path) and, for Google's well-known types,
 * from the copies protobufjs ships. The main file is parsed last so its own types can be told
 * apart from imported ones.
 */
export function parseProtobufSchema(content: string, references: SchemaReferenceContent[]): ParsedProtobufSchema {
  const root = new protobuf.Root()
  // Import paths already satisfied: the references, then each well-known file once loaded.
  const provided = new Set(references.map((ref) => ref.name))
  for (const ref of references) {
    const result = parseInto(root, ref.content, ref.name)
    addWellKnownImports(root, result.imports ?? [], provided)
  }
  const before = new Set(listTypes(root).map((type) => type.fullName))
  const main = parseInto(root, content)
  const imports = main.imports ?? []
  addWellKnownImports(root, imports, provided)
  try {
    root.resolveAll()
  } catch (error) {
    const missing = imports.filter((name) => !provided.has(name))
    const hint = missing.length > 0 ? ` (imports without a reference: ${missing.join(', ')})` : ''
    throw new SchemaParseError('Protobuf', `${errorMessage(error)}${hint}`)
  }
  const mainTypes = listTypes(root)
    .map((type) => type.fullName)
    .filter((name) => !before.has(name))
    .map((name) => name.replace(/^\./, ''))
  return { format: 'protobuf', root, packageName: main.package ?? '', imports, mainTypes }
}

function parseInto(root: protobuf.Root, source: string, reference?: string): protobuf.IParserResult {
  try {
    return protobuf.parse(source, root, PARSE_OPTIONS)
  } catch (error) {
    throw new SchemaParseError('Protobuf', errorMessage(error), reference)
  }
}

function addWellKnownImports(root: protobuf.Root, imports: string[], provided: Set<string>): void {
  for (const name of imports) {
    if (provided.has(name)) continue
    const common = protobuf.common.get(name)
    if (!common?.nested) continue
    root.addJSON(common.nested)
    provided.add(name) // several files may import the same well-known type: load it once
  }
}

/** Messages and enums at every depth, in declaration order (pre-order). */
export function listTypes(namespace: protobuf.NamespaceBase): (protobuf.Type | protobuf.Enum)[] {
  const found: (protobuf.Type | protobuf.Enum)[] = []
  for (const nested of namespace.nestedArray) {
    if (nested instanceof protobuf.Type || nested instanceof protobuf.Enum) found.push(nested)
    if (nested instanceof protobuf.Namespace) found.push(...listTypes(nested))
  }
  return found
}

/**
 * One file's declarations as protobufjs' descriptor JSON (no comments, no formatting), with the
 * package, imports and top-level declaration order; used for fingerprints. Unresolved on purpose:
 * the file alone is described, not what it imports.
 */
export function protobufDescriptor(source: string): Record<string, unknown> {
  const root = new protobuf.Root()
  const parsed = parseInto(root, source)
  return {
    package: parsed.package ?? '',
    imports: [...(parsed.imports ?? []), ...(parsed.weakImports ?? [])],
    typeOrder: listTypes(root).map((type) => type.fullName),
    descriptor: root.toJSON(),
  }
}
