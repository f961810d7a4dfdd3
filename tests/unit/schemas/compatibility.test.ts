import { describe, expect, it } from 'vitest'
import { checkCompatibility, COMPATIBILITY_LEVELS, evaluateSubjectCompatibility, SchemaParseError } from '@/features/schemas/lib'
import { avroRecord, jsonObject, proto } from '@tests/fixtures/schema-evolutions/evolution'

// v1 {id}; v2 adds amount with a default; v3 drops the default. v3 reads v2 data but not v1's;
// v1 can read v3's data (it ignores amount), v2 too.
const id = { name: 'id', type: 'string' }
const avroHistory = [
  avroRecord('Order', [id]),
  avroRecord('Order', [id, { name: 'amount', type: 'int', default: 0 }]),
  avroRecord('Order', [id, { name: 'amount', type: 'int' }]),
]

describe('checkCompatibility levels', () => {
  const [v1, v2, v3] = avroHistory as [string, string, string]
  const expected: Record<(typeof COMPATIBILITY_LEVELS)[number], boolean> = {
    BACKWARD: true,
    BACKWARD_TRANSITIVE: false,
    FORWARD: true,
    FORWARD_TRANSITIVE: true,
    FULL: true,
    FULL_TRANSITIVE: false,
    NONE: true,
  }
  it.each(COMPATIBILITY_LEVELS.map((level) => [level, expected[level]] as const))('%s -> %s', (level, compatible) => {
    const verdict = checkCompatibility('avro', level, v3, [v1, v2])
    expect(verdict).toMatchObject({ compatible, level })
    expect(verdict.reasons.length > 0).toBe(!compatible)
  })

  it('FORWARD means the old schema reads the new data', () => {
    const verdict = checkCompatibility('avro', 'FORWARD', v1, [v3])
    expect(verdict.compatible).toBe(false)
    expect(verdict.reasons).toEqual([
      "data written with the new schema cannot be read by the latest schema: Order.amount: field is missing from the writer's schema and has no default (READER_FIELD_MISSING_DEFAULT_VALUE)",
    ])
  })

  it('names the version a transitive check failed against', () => {
    expect(checkCompatibility('avro', 'BACKWARD_TRANSITIVE', v3, [v1, v2]).reasons).toEqual([
      "the new schema cannot read data written with previous schema #1: Order.amount: field is missing from the writer's schema and has no default (READER_FIELD_MISSING_DEFAULT_VALUE)",
    ])
  })

  it('is compatible with an empty history and throws on malformed input', () => {
    expect(checkCompatibility('json', 'FULL_TRANSITIVE', '{}', []).compatible).toBe(true)
    expect(() => checkCompatibility('json', 'BACKWARD', '{', ['{}'])).toThrow(SchemaParseError)
  })

  it('explains Avro union, enum and record-name problems', () => {
    const nullable = avroRecord('Order', [{ name: 'note', type: ['null', 'string'], default: null }])
    const plain = avroRecord('Order', [{ name: 'note', type: 'string' }])
    expect(checkCompatibility('avro', 'FORWARD', nullable, [plain]).reasons[0]).toContain('Order.note: string cannot read the union branch(es) null')
    const status = (symbols: string[]) => avroRecord('Order', [{ name: 's', type: { type: 'enum', name: 'S', symbols } }])
    expect(checkCompatibility('avro', 'BACKWARD', status(['A']), [status(['A', 'B'])]).reasons[0]).toContain('enum symbol(s) B missing')
    expect(checkCompatibility('avro', 'BACKWARD', avroRecord('Purchase', [id]), [avroRecord('Order', [id])]).reasons[0]).toContain('names differ')
  })

  it('Protobuf: reasons name the field and the rule', () => {
    const v1p = proto('message Order {\n  string id = 1;\n}')
    const reused = proto('message Order {\n  int64 id = 1;\n}')
    expect(checkCompatibility('protobuf', 'BACKWARD', reused, [v1p]).reasons).toEqual([
      'the new schema cannot read data written with the latest schema: orders.v1.Order.id: field 1 type changed from string to int64, which is not wire-compatible (FIELD_SCALAR_KIND_CHANGED)',
    ])
  })

  it('JSON Schema: open vs closed content model', () => {
    const open = jsonObject({ a: { type: 'string' } })
    const closed = jsonObject({ a: { type: 'string' } }, { additionalProperties: false })
    const withB = (extra: Record<string, unknown>) => jsonObject({ a: { type: 'string' }, b: { type: 'string' } }, extra)
    expect(checkCompatibility('json', 'BACKWARD', withB({}), [open]).compatible).toBe(false)
    expect(checkCompatibility('json', 'BACKWARD', withB({ additionalProperties: false }), [closed]).compatible).toBe(true)
    expect(checkCompatibility('json', 'FORWARD', withB({ additionalProperties: false }), [closed]).compatible).toBe(false)
  })
})

describe('evaluateSubjectCompatibility', () => {
  it('judges each version against its predecessors, in version order', () => {
    const versions = avroHistory.map((content, index) => ({ version: index + 1, content })).reverse()
    const transitive = evaluateSubjectCompatibility('avro', 'BACKWARD_TRANSITIVE', versions)
    expect([...transitive.entries()].map(([version, verdict]) => [version, verdict.compatible])).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ])
    expect(transitive.get(3)?.reasons[0]).toContain('the new schema cannot read data written with v1: ')
    expect(evaluateSubjectCompatibility('avro', 'BACKWARD', versions).get(3)?.compatible).toBe(true)
  })

  it('marks an unparsable version and skips it as a predecessor', () => {
    const verdicts = evaluateSubjectCompatibility('avro', 'BACKWARD', [
      { version: 1, content: avroHistory[0]! },
      { version: 2, content: '{"type":' },
      { version: 3, content: avroHistory[1]! },
    ])
    expect(verdicts.get(2)).toMatchObject({ compatible: false })
    expect(verdicts.get(2)?.reasons[0]).toMatch(/^version 2 could not be parsed: Invalid Avro schema/)
    expect(verdicts.get(3)?.compatible).toBe(true)
  })

  it("uses each version's own references", () => {
    const money = (type: string) => [{ name: 'money.proto', content: `syntax = "proto3";\npackage orders.v1;\nmessage Money {\n  ${type} cents = 1;\n}` }]
    const order = proto('import "money.proto";\nmessage Order {\n  Money price = 1;\n}')
    const verdicts = evaluateSubjectCompatibility('protobuf', 'BACKWARD', [
      { version: 1, content: order, references: money('int64') },
      { version: 2, content: order, references: money('string') },
    ])
    expect(verdicts.get(2)?.compatible).toBe(false)
  })
})

describe('JSON Schema reasons', () => {
  const field = (value: unknown) => jsonObject({ value })

  it('name the schema path, the keyword, the values and the rule id', () => {
    const verdict = checkCompatibility('json', 'BACKWARD', field({ type: 'string', maxLength: 10 }), [field({ type: 'string', maxLength: 20 })])
    expect(verdict.reasons).toEqual([
      'the new schema cannot read data written with the latest schema: #/properties/value/maxLength: maxLength decreased from 20 to 10 (MAX_LENGTH_DECREASED)',
    ])
  })

  it('report only what narrows: widening differences stay out of the reasons', () => {
    const verdict = checkCompatibility('json', 'FULL', field({ type: 'number', minimum: 0, maximum: 5 }), [field({ type: 'number', minimum: 1, maximum: 5 })])
    expect(verdict.reasons).toEqual([
      'data written with the new schema cannot be read by the latest schema: #/properties/value/minimum: minimum increased from 0 to 1 (MINIMUM_INCREASED)',
    ])
  })

  it('explain content-model rules in words', () => {
    const open = jsonObject({ id: { type: 'string' } })
    const added = jsonObject({ id: { type: 'string' }, note: { type: 'string' } })
    expect(checkCompatibility('json', 'BACKWARD', added, [open]).reasons[0]).toBe(
      'the new schema cannot read data written with the latest schema: #/properties/note: property added to an open content model (old data may hold any value there) (OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL)',
    )
  })
})

describe('Protobuf oneof reasons', () => {
  it('name the oneof, the fields and the rule id', () => {
    const before = proto('message Order {\n  oneof a {\n    int32 x = 1;\n  }\n  oneof b {\n    int32 y = 2;\n  }\n}')
    const merged = proto('message Order {\n  oneof c {\n    int32 x = 1;\n    int32 y = 2;\n  }\n}')
    expect(checkCompatibility('protobuf', 'BACKWARD', merged, [before]).reasons).toEqual([
      'the new schema cannot read data written with the latest schema: orders.v1.Order: oneof c now joins fields that were independent (oneof a, oneof b) (FIELD_MOVED_TO_EXISTING_ONEOF)',
    ])
  })
})

describe('reason wording per direction', () => {
  const v3 = avroRecord('Order', [id, { name: 'amount', type: 'int', default: 0 }])
  const candidate = avroRecord('Order', [id, { name: 'amount', type: 'string' }])

  it('BACKWARD: the new schema is the reader of the named version', () => {
    expect(checkCompatibility('avro', 'BACKWARD', candidate, [{ version: 3, content: v3 }]).reasons).toEqual([
      'the new schema cannot read data written with v3: Order.amount: int cannot be read as string (TYPE_MISMATCH)',
    ])
  })

  it('FORWARD: the named version is the reader of the new data', () => {
    expect(checkCompatibility('avro', 'FORWARD', candidate, [{ version: 3, content: v3 }]).reasons).toEqual([
      'data written with the new schema cannot be read by v3: Order.amount: string cannot be read as int (TYPE_MISMATCH)',
    ])
  })

  it("a version parses with its own references, the candidate with the call's", () => {
    const money = (type: string) => [
      { name: 'com.acme.Money', content: JSON.stringify({ type: 'record', name: 'Money', namespace: 'com.acme', fields: [{ name: 'cents', type }] }) },
    ]
    const invoice = JSON.stringify({ type: 'record', name: 'Invoice', namespace: 'com.acme', fields: [{ name: 'total', type: 'com.acme.Money' }] })
    const verdict = checkCompatibility('avro', 'BACKWARD', invoice, [{ version: 1, content: invoice, references: money('long') }], money('string'))
    expect(verdict.reasons).toEqual(['the new schema cannot read data written with v1: Invoice.total.cents: long cannot be read as string (TYPE_MISMATCH)'])
  })
})
