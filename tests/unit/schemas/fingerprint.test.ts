import { describe, expect, it } from 'vitest'
import { schemaFingerprint, SchemaParseError } from '@/features/schemas/lib'

describe('schemaFingerprint', () => {
  it('is a hex SHA-256', () => {
    expect(schemaFingerprint('json', '{"type":"string"}')).toMatch(/^[0-9a-f]{64}$/)
  })

  it('Avro: whitespace, key order and doc do not matter (Parsing Canonical Form)', () => {
    const a = '{"type":"record","name":"Order","namespace":"com.acme","fields":[{"name":"id","type":"string"}]}'
    const b = `{
      "fields": [ { "type": "string", "name": "id", "doc": "order id" } ],
      "namespace": "com.acme", "name": "Order", "type": "record"
    }`
    expect(schemaFingerprint('avro', a)).toBe(schemaFingerprint('avro', b))
    expect(schemaFingerprint('avro', a)).not.toBe(schemaFingerprint('avro', a.replace('"string"', '"long"')))
  })

  it('Avro: a referenced named type fingerprints like the same type inlined', () => {
    const customer = '{"type":"record","name":"Customer","namespace":"com.acme","fields":[{"name":"email","type":"string"}]}'
    const viaReference = '{"type":"record","name":"Order","namespace":"com.acme","fields":[{"name":"customer","type":"com.acme.Customer"}]}'
    const inlined = `{"type":"record","name":"Order","namespace":"com.acme","fields":[{"name":"customer","type":${customer}}]}`
    expect(schemaFingerprint('avro', viaReference, [{ name: 'com.acme.Customer', content: customer }])).toBe(schemaFingerprint('avro', inlined))
  })

  it('JSON Schema: key order and whitespace do not matter, values do', () => {
    const a = '{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"integer"}}}'
    const b = '{ "properties": { "b": { "type": "integer" }, "a": { "type": "string" } },\n "type": "object" }'
    expect(schemaFingerprint('json', a)).toBe(schemaFingerprint('json', b))
    expect(schemaFingerprint('json', a)).not.toBe(schemaFingerprint('json', a.replace('integer', 'number')))
  })

  it('Protobuf: formatting and comments do not matter; declaration order and types do', () => {
    const a = 'syntax = "proto3"; package p; message A { string id = 1; } message B { int32 n = 1; }'
    const b = `syntax = "proto3";
      package p;
      // the order
      message A {
        string id = 1; // its id
      }
      message B { int32 n = 1; }`
    expect(schemaFingerprint('protobuf', a)).toBe(schemaFingerprint('protobuf', b))
    const swapped = 'syntax = "proto3"; package p; message B { int32 n = 1; } message A { string id = 1; }'
    expect(schemaFingerprint('protobuf', a)).not.toBe(schemaFingerprint('protobuf', swapped))
    expect(schemaFingerprint('protobuf', a)).not.toBe(schemaFingerprint('protobuf', a.replace('int32', 'int64')))
  })

  it('Protobuf: a changed import changes the fingerprint', () => {
    const main = 'syntax = "proto3"; package p; import "common.proto"; message A { Money price = 1; }'
    const money = (type: string) => [{ name: 'common.proto', content: `syntax = "proto3"; package p; message Money { ${type} cents = 1; }` }]
    expect(schemaFingerprint('protobuf', main, money('int64'))).not.toBe(schemaFingerprint('protobuf', main, money('int32')))
  })

  it('throws SchemaParseError on malformed input', () => {
    expect(() => schemaFingerprint('avro', '{"type":"record"')).toThrow(SchemaParseError)
  })
})
