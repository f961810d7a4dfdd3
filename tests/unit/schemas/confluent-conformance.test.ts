import { describe, expect, it } from 'vitest'
import { checkCompatibility } from '@/features/schemas/lib'
import { jsonSchemaDifferences } from '@/features/schemas/lib/json-schema/compare'
import { COMPATIBLE_DIFFERENCES, isCompatibleDifference, type DifferenceType } from '@/features/schemas/lib/json-schema/differences'
import { loadJsonSchema } from '@/features/schemas/lib/json-schema/load'
import { parseJsonSchema } from '@/features/schemas/lib/parse-json-schema'
import jsonVectors from '@tests/fixtures/schema-evolutions/confluent-json-schema-vectors.json'
import protobufVectors from '@tests/fixtures/schema-evolutions/confluent-protobuf-vectors.json'

// Confluent's own test vectors (original -> update, its verdict and difference list), restated
// without their prose: our verdicts must match the reference, not a peer.
type Vector<S> = { source: string; original: S; update: S; compatible: boolean; differences: string[] }

/** `TYPE #/path` entries whose type the strict policy rejects, sorted. */
const incompatibleOnly = (differences: string[]) => differences.filter((entry) => !COMPATIBLE_DIFFERENCES.has(entry.split(' ')[0] as DifferenceType)).sort()

describe("JSON Schema verdicts match Confluent's test vectors", () => {
  it.each((jsonVectors as Vector<unknown>[]).map((vector) => [vector.source, vector] as const))('%s', (_source, vector) => {
    const load = (node: unknown) => loadJsonSchema(parseJsonSchema(JSON.stringify(node), []))
    const differences = jsonSchemaDifferences(load(vector.original), load(vector.update))
    const found = differences.map((difference) => `${difference.type} ${difference.path}`)
    expect(differences.every(isCompatibleDifference), found.join('\n')).toBe(vector.compatible)
    // The differences that decide the verdict are the reference's, path and all.
    expect(incompatibleOnly(found)).toEqual(incompatibleOnly(vector.differences))
    // BACKWARD: the update reads what the original wrote; FORWARD: the same pair the other way round.
    expect(checkCompatibility('json', 'BACKWARD', JSON.stringify(vector.update), [JSON.stringify(vector.original)]).compatible).toBe(vector.compatible)
    expect(checkCompatibility('json', 'FORWARD', JSON.stringify(vector.original), [JSON.stringify(vector.update)]).compatible).toBe(vector.compatible)
  })
})

describe("Protobuf verdicts match Confluent's test vectors", () => {
  it.each((protobufVectors as Vector<string>[]).map((vector) => [vector.source, vector] as const))('%s', (_source, vector) => {
    const verdict = checkCompatibility('protobuf', 'BACKWARD', vector.update, [vector.original])
    expect(verdict.compatible, `${verdict.reasons.join('\n')}\nreference: ${vector.differences.join(', ')}`).toBe(vector.compatible)
  })
})
