import { describe, expect, it } from 'vitest'

import {
  diffSchemas,
  evaluateSubjectCompatibility,
  loadReferencedVersions,
  readReferences,
  referenceKey,
  resolveReferences,
  type ReferencedVersion,
  type SchemaReference,
} from '@/features/schemas/lib'

const record = (name: string, fields: object[]) => JSON.stringify({ type: 'record', name, namespace: 'com.acme', fields })
const ref = (name: string, subject: string, version: number): SchemaReference => ({ name, subject, version })
const stored = (subject: string, version: number, content: string, references: SchemaReference[] = []): ReferencedVersion => ({
  subject,
  version,
  content,
  references,
})
const byKey = (versions: ReferencedVersion[]) => new Map(versions.map((v) => [referenceKey(v.subject, v.version), v]))

// Invoice -> Money -> Currency: a reference whose schema has its own reference.
const currency = stored('currency', 1, JSON.stringify({ type: 'enum', name: 'Currency', namespace: 'com.acme', symbols: ['EUR', 'USD'] }))
const money = (version: number, fields: object[]) => stored('money', version, record('Money', fields), [ref('com.acme.Currency', 'currency', 1)])
const moneyV1 = money(1, [
  { name: 'cents', type: 'long' },
  { name: 'currency', type: 'com.acme.Currency' },
])
const moneyV2 = money(2, [
  { name: 'cents', type: 'string' },
  { name: 'currency', type: 'com.acme.Currency' },
])
const invoice = record('Invoice', [{ name: 'total', type: 'com.acme.Money' }])

describe('resolveReferences', () => {
  it('resolves transitively, dependencies first, each version once', () => {
    const { contents, missing } = resolveReferences([ref('com.acme.Money', 'money', 1), ref('com.acme.Currency', 'currency', 1)], byKey([currency, moneyV1]))
    expect(contents.map((c) => `${c.subject}@${c.version}`)).toEqual(['currency@1', 'money@1'])
    expect(missing).toEqual([])
  })

  it('lists what is not known and stops on cycles', () => {
    const a = stored('a', 1, '{}', [ref('b', 'b', 1)])
    const b = stored('b', 1, '{}', [ref('a', 'a', 1), ref('c', 'c', 4)])
    const { contents, missing } = resolveReferences([ref('a', 'a', 1)], byKey([a, b]))
    expect(contents.map((c) => c.subject)).toEqual(['b', 'a'])
    expect(missing).toEqual([ref('c', 'c', 4)])
  })

  it('reads the stored references JSON, skipping malformed entries', () => {
    expect(readReferences([ref('x', 's', 2), { name: 'y' }, null, 'z'])).toEqual([ref('x', 's', 2)])
    expect(readReferences(null)).toEqual([])
  })
})

describe('loadReferencedVersions', () => {
  it('reads one batch per depth level, never one read per reference', async () => {
    const all = byKey([currency, moneyV1, moneyV2])
    const batches: string[][] = []
    const found = await loadReferencedVersions([ref('com.acme.Money', 'money', 1), ref('com.acme.Money', 'money', 2), ref('m', 'money', 1)], (refs) => {
      batches.push(refs.map((r) => `${r.subject}@${r.version}`))
      return Promise.resolve(refs.map((r) => all.get(referenceKey(r.subject, r.version))).filter((v) => v !== undefined))
    })
    expect(batches).toEqual([['money@1', 'money@2'], ['currency@1']])
    expect([...found.keys()].length).toBe(3)
  })
})

describe('diff and verdict with resolved references', () => {
  const known = byKey([currency, moneyV1, moneyV2])
  const v1 = resolveReferences([ref('com.acme.Money', 'money', 1)], known).contents
  const v2 = resolveReferences([ref('com.acme.Money', 'money', 2)], known).contents

  it("diffs fields of a referenced type at each side's referenced version", () => {
    expect(diffSchemas('avro', invoice, invoice, v1, v2).map((c) => [c.path, c.kind, c.before, c.after])).toEqual([
      ['Invoice.total.cents', 'type-changed', 'long', 'string'],
    ])
  })

  it('judges a version whose referenced type changed incompatibly', () => {
    const verdicts = evaluateSubjectCompatibility('avro', 'BACKWARD', [
      { version: 1, content: invoice, references: v1 },
      { version: 2, content: invoice, references: v2 },
    ])
    expect(verdicts.get(2)?.reasons).toEqual([
      'the new schema cannot read data written with v1: Invoice.total.cents: long cannot be read as string (TYPE_MISMATCH)',
    ])
  })

  it('resolves Protobuf imports and JSON $refs to other subjects', () => {
    const moneyProto = (type: string) => [{ name: 'money.proto', content: `syntax = "proto3";\npackage acme;\nmessage Money {\n  ${type} cents = 1;\n}` }]
    const order = 'syntax = "proto3";\npackage acme;\nimport "money.proto";\nmessage Order {\n  Money price = 1;\n}'
    const verdicts = evaluateSubjectCompatibility('protobuf', 'BACKWARD', [
      { version: 1, content: order, references: moneyProto('int64') },
      { version: 2, content: order, references: moneyProto('string') },
    ])
    expect(verdicts.get(2)?.reasons[0]).toBe(
      'the new schema cannot read data written with v1: acme.Money.cents: field 1 type changed from int64 to string, which is not wire-compatible (FIELD_SCALAR_KIND_CHANGED)',
    )
    const address = (type: string) => [{ name: 'address.json', content: JSON.stringify({ type: 'object', properties: { zip: { type } } }) }]
    const customer = JSON.stringify({ type: 'object', properties: { home: { $ref: 'address.json' } } })
    expect(diffSchemas('json', customer, customer, address('string'), address('integer')).map((c) => [c.path, c.before, c.after])).toEqual([
      ['$.home.zip', 'string', 'integer'],
    ])
  })
})
