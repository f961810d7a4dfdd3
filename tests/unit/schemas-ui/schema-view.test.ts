import { describe, expect, it } from 'vitest'

import { resolveDetailView, schemaDetailParams } from '@/features/schemas/detail-params'
import type { SchemaChange } from '@/features/schemas/lib'
import { describeChange, summarizeChanges } from '@/features/schemas/view/change-summary'
import { prettySchema, schemaFileName } from '@/features/schemas/view/pretty-schema'

describe('prettySchema', () => {
  it('pretty-prints Avro and JSON Schema with two spaces', () => {
    expect(prettySchema('avro', '{"type":"record","name":"A","fields":[]}')).toBe('{\n  "type": "record",\n  "name": "A",\n  "fields": []\n}')
    expect(prettySchema('json', '{"type":"object"}')).toBe('{\n  "type": "object"\n}')
  })

  it('keeps Protobuf and unparseable text as registered, normalising line ends', () => {
    expect(prettySchema('protobuf', 'syntax = "proto3";  \r\nmessage A {}\r\n\r\n')).toBe('syntax = "proto3";\nmessage A {}')
    expect(prettySchema('avro', '"string')).toBe('"string')
    expect(prettySchema('avro', null)).toBe('')
  })
})

describe('schemaFileName', () => {
  it('names the file by subject, version and format', () => {
    expect(schemaFileName('orders-value', 3, 'avro')).toBe('orders-value.v3.avsc')
    expect(schemaFileName('com.acme/Payment value', 1, 'protobuf')).toBe('com.acme_Payment_value.v1.proto')
    expect(schemaFileName('..', 2, 'json')).toBe('schema.v2.json')
  })
})

describe('change summaries', () => {
  const added: SchemaChange = {
    kind: 'field-added',
    rule: 'FIELD_ADDED',
    category: 'FILE',
    path: 'Order.currency',
    after: 'string',
    message: 'Order.currency: field added (string)',
  }
  const removed: SchemaChange = {
    kind: 'field-removed',
    rule: 'FIELD_NO_DELETE',
    category: 'WIRE',
    path: 'Order.note',
    before: 'string',
    message: 'Order.note: field removed (was string)',
  }
  const retyped: SchemaChange = {
    kind: 'type-changed',
    rule: 'FIELD_SAME_TYPE',
    category: 'WIRE',
    path: 'Order.amount',
    before: 'int',
    after: 'long',
    message: 'Order.amount: type int -> long',
  }

  it('describes each change as a sentence', () => {
    expect(describeChange(added)).toBe("Added field 'Order.currency' (string)")
    expect(describeChange(removed)).toBe("Removed field 'Order.note' (string)")
    expect(describeChange(retyped)).toBe("Changed type of 'Order.amount' (int → long)")
    expect(describeChange({ kind: 'other', rule: 'TYPE_ADDED', category: 'FILE', path: 'x', message: 'x: enum added' })).toBe('x: enum added')
  })

  it('summarises a version for the timeline', () => {
    expect(summarizeChanges(null, true)).toBe('Initial schema')
    expect(summarizeChanges(null, false)).toBe('Changes could not be computed')
    expect(summarizeChanges([], false)).toBe('No field-level changes')
    expect(summarizeChanges([added, removed, retyped], false)).toBe("Added field 'Order.currency' (string); Removed field 'Order.note' (string); and 1 more")
  })
})

describe('schema detail view state', () => {
  const versions = [
    { version: 1, softDeleted: false, status: 'synced' },
    { version: 2, softDeleted: false, status: 'synced' },
    { version: 3, softDeleted: true, status: 'synced' },
  ]

  it('shows the latest live version and compares it with the one before by default', () => {
    expect(resolveDetailView(versions, schemaDetailParams.parse({}))).toEqual({ shown: 2, latest: 2, compare: { left: 1, right: 2, explicit: false } })
  })

  it('takes versions from the URL when they exist, and ignores unknown or invalid ones', () => {
    expect(resolveDetailView(versions, schemaDetailParams.parse({ version: '3', left: '1', right: '3' }))).toEqual({
      shown: 3,
      latest: 2,
      compare: { left: 1, right: 3, explicit: true },
    })
    const invalid = schemaDetailParams.parse({ version: '9', left: 'x', right: '-1', view: 'weird' })
    expect(invalid.view).toBe('split')
    expect(resolveDetailView(versions, invalid)).toEqual({ shown: 2, latest: 2, compare: { left: 1, right: 2, explicit: false } })
  })

  it('has nothing to compare with a single version', () => {
    expect(resolveDetailView([{ version: 1 }], schemaDetailParams.parse({})).compare).toBeNull()
  })
})
