import { avroReadProblems } from '@/features/schemas/lib/avro-compatibility'
import { jsonSchemaReadProblems } from '@/features/schemas/lib/json-schema-compatibility'
import { parseSchema, type ParsedSchema } from '@/features/schemas/lib/parse-schema'
import { protobufReadProblems } from '@/features/schemas/lib/protobuf-compatibility'
import { errorMessage } from '@/features/schemas/lib/schema-parse-error'
import type { CompatibilityLevel, CompatibilityVerdict, SchemaFormat, SchemaReferenceContent, SubjectSchemaVersion } from '@/features/schemas/lib/types'

type Labelled = { label: string; schema: ParsedSchema }

/** A previous schema: its text (parsed with the candidate's references), or a version with its own. */
export type PreviousSchema = string | SubjectSchemaVersion

/**
 * The verdict for registering `candidate` after `previous` (oldest -> newest) under `level`.
 * BACKWARD: the candidate reads data written with the previous schema(s); FORWARD: they read the
 * candidate's data; FULL: both. Non-transitive levels look at the latest previous schema only.
 * Reasons name a previous version as `v3` (texts: "the latest schema", "previous schema #1").
 * Malformed input throws SchemaParseError.
 */
export function checkCompatibility(
  format: SchemaFormat,
  level: CompatibilityLevel,
  candidate: string,
  previous: PreviousSchema[],
  references: SchemaReferenceContent[] = [],
): CompatibilityVerdict {
  if (level === 'NONE') return { compatible: true, level, reasons: [] }
  const parsedCandidate = parseSchema(format, candidate, references)
  const labelled = previous.map((item, index) => {
    if (typeof item !== 'string') return { label: `v${item.version}`, schema: parseSchema(format, item.content, item.references ?? []) }
    return { label: index === previous.length - 1 ? 'the latest schema' : `previous schema #${index + 1}`, schema: parseSchema(format, item, references) }
  })
  return verdictAgainst(level, parsedCandidate, labelled)
}

/**
 * Each version's verdict against its predecessors under `level` (versions in any order; judged
 * by version number). The first version is compatible. A version that cannot be parsed gets an
 * incompatible verdict naming the error and is left out as a predecessor of later versions.
 */
export function evaluateSubjectCompatibility(
  format: SchemaFormat,
  level: CompatibilityLevel,
  versions: SubjectSchemaVersion[],
): Map<number, CompatibilityVerdict> {
  const verdicts = new Map<number, CompatibilityVerdict>()
  const earlier: Labelled[] = []
  for (const version of [...versions].sort((a, b) => a.version - b.version)) {
    let schema: ParsedSchema
    try {
      schema = parseSchema(format, version.content, version.references ?? [])
    } catch (error) {
      verdicts.set(version.version, { compatible: false, level, reasons: [`version ${version.version} could not be parsed: ${errorMessage(error)}`] })
      continue
    }
    verdicts.set(version.version, level === 'NONE' ? { compatible: true, level, reasons: [] } : verdictAgainst(level, schema, earlier))
    earlier.push({ label: `v${version.version}`, schema })
  }
  return verdicts
}

function verdictAgainst(level: CompatibilityLevel, candidate: ParsedSchema, previous: Labelled[]): CompatibilityVerdict {
  const transitive = level.endsWith('_TRANSITIVE')
  const targets = transitive ? previous : previous.slice(-1)
  const backward = level.startsWith('BACKWARD') || level.startsWith('FULL')
  const forward = level.startsWith('FORWARD') || level.startsWith('FULL')
  const reasons: string[] = []
  // Newest first: the most relevant disagreement is reported first.
  for (const target of [...targets].reverse()) {
    if (backward) {
      for (const problem of readProblems(candidate, target.schema)) reasons.push(backwardReason(target.label, problem))
    }
    if (forward) {
      for (const problem of readProblems(target.schema, candidate)) reasons.push(forwardReason(target.label, problem))
    }
  }
  return { compatible: reasons.length === 0, level, reasons }
}

/** BACKWARD: the new schema is the reader of the previous one's data. */
export function backwardReason(previous: string, problem: string): string {
  return `the new schema cannot read data written with ${previous}: ${problem}`
}

/** FORWARD: the previous schema is the reader of the new one's data. */
export function forwardReason(previous: string, problem: string): string {
  return `data written with the new schema cannot be read by ${previous}: ${problem}`
}

/** Why `reader` cannot read what `writer` wrote; empty when it can. */
export function readProblems(reader: ParsedSchema, writer: ParsedSchema): string[] {
  if (reader.format === 'avro' && writer.format === 'avro') return avroReadProblems(reader.type, writer.type)
  if (reader.format === 'protobuf' && writer.format === 'protobuf') return protobufReadProblems(reader, writer)
  if (reader.format === 'json' && writer.format === 'json') return jsonSchemaReadProblems(reader, writer)
  return [`formats differ (${writer.format} vs ${reader.format})`]
}
