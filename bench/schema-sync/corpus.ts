/**
 * The benchmark's registry content: SUBJECTS subjects × VERSIONS versions, 60% Avro, 20% JSON
 * Schema, 20% Protobuf, each version adding one optional field (a compatible evolution).
 */
export const SUBJECTS = Number(process.env.BENCH_SUBJECTS ?? 5000)
export const VERSIONS = Number(process.env.BENCH_VERSIONS ?? 4)
export const PREFIX = 'bench-schema-sync-'

export type Format = 'AVRO' | 'JSON' | 'PROTOBUF'

export function formatOf(index: number): Format {
  const bucket = index % 5
  return bucket < 3 ? 'AVRO' : bucket === 3 ? 'JSON' : 'PROTOBUF'
}

export function subjectName(index: number): string {
  return `${PREFIX}team-${index % 50}-topic-${index}-value`
}

export function schemaText(format: Format, index: number, version: number): string {
  const extra = Array.from({ length: version - 1 }, (_, i) => i + 1)
  if (format === 'AVRO') {
    return JSON.stringify({
      type: 'record',
      name: `Event${index}`,
      namespace: 'bench',
      fields: [{ name: 'id', type: 'string' }, ...extra.map((i) => ({ name: `f${i}`, type: ['null', 'long'], default: null }))],
    })
  }
  if (format === 'JSON') {
    const properties: Record<string, object> = { id: { type: 'string' } }
    for (const i of extra) properties[`f${i}`] = { type: 'integer' }
    return JSON.stringify({ type: 'object', properties })
  }
  const fields = ['string id = 1;', ...extra.map((i) => `int64 f${i} = ${i + 1};`)]
  return `syntax = "proto3";\npackage bench.s${index};\nmessage Event { ${fields.join(' ')} }\n`
}
