import { describe, expect, it } from 'vitest'
import { parseSchema, SchemaParseError } from '@/features/schemas/lib'

function parseError(run: () => unknown): SchemaParseError {
  try {
    run()
  } catch (error) {
    if (error instanceof SchemaParseError) return error
    throw error
  }
  throw new Error('expected a SchemaParseError')
}

describe('parseSchema', () => {
  it('parses each format', () => {
    expect(parseSchema('avro', '"string"').format).toBe('avro')
    expect(parseSchema('protobuf', 'syntax = "proto3"; message A { string a = 1; }').format).toBe('protobuf')
    expect(parseSchema('json', 'true').format).toBe('json')
  })

  it('rejects malformed Avro with a clear message', () => {
    expect(parseError(() => parseSchema('avro', '{"type":')).message).toMatch(/^Invalid Avro schema: not valid JSON/)
    expect(parseError(() => parseSchema('avro', '{"type":"record","name":"A","fields":[{"name":"a","type":"nope"}]}')).message).toMatch(
      /Invalid Avro schema: .*nope/,
    )
  })

  it('rejects malformed Protobuf, and names imports left without a reference', () => {
    expect(parseError(() => parseSchema('protobuf', 'message A { string a = ; }')).message).toMatch(/^Invalid Protobuf schema: /)
    const missing = parseError(() => parseSchema('protobuf', 'syntax = "proto3"; import "money.proto"; message A { Money m = 1; }'))
    expect(missing.message).toContain('imports without a reference: money.proto')
  })

  it('loads Google well-known types without references', () => {
    const schema = 'syntax = "proto3"; import "google/protobuf/timestamp.proto"; message A { google.protobuf.Timestamp at = 1; }'
    expect(() => parseSchema('protobuf', schema)).not.toThrow()
  })

  it('resolves Avro references given in any order', () => {
    const address = '{"type":"record","name":"Address","namespace":"c","fields":[{"name":"city","type":"string"}]}'
    const customer = '{"type":"record","name":"Customer","namespace":"c","fields":[{"name":"address","type":"c.Address"}]}'
    const order = '{"type":"record","name":"Order","namespace":"c","fields":[{"name":"customer","type":"c.Customer"}]}'
    const refs = [
      { name: 'c.Customer', content: customer },
      { name: 'c.Address', content: address },
    ]
    expect(() => parseSchema('avro', order, refs)).not.toThrow()
    expect(parseError(() => parseSchema('avro', order, [{ name: 'c.Customer', content: customer }])).reference).toBe('c.Customer')
  })

  it('rejects JSON Schemas that are not objects or booleans', () => {
    expect(parseError(() => parseSchema('json', '[1,2]')).message).toBe('Invalid JSON schema: a JSON Schema must be an object or a boolean')
    expect(parseError(() => parseSchema('json', '{}', [{ name: 'x.json', content: 'nope' }])).message).toMatch(/reference "x.json"/)
  })
})
