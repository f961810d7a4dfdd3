import { describe, expect, it } from 'vitest'
import { diffSchemas, type SchemaChange } from '@/features/schemas/lib'
import { avroRecord, jsonObject, proto } from '@tests/fixtures/schema-evolutions/evolution'

const kinds = (changes: SchemaChange[]) => changes.map((change) => `${change.kind} ${change.path}`)

describe('diffSchemas: Avro', () => {
  const customer = (fields: unknown[]) => ({ name: 'customer', type: { type: 'record', name: 'Customer', fields } })
  const before = avroRecord('Order', [
    { name: 'id', type: 'string', doc: 'order id' },
    { name: 'amount', type: 'int', default: 0 },
    { name: 'status', type: { type: 'enum', name: 'Status', symbols: ['NEW', 'PAID'] } },
    customer([{ name: 'email', type: 'string' }]),
    { name: 'legacy', type: 'string' },
  ])
  const after = avroRecord('Order', [
    { name: 'id', type: 'string', doc: 'the order id' },
    { name: 'amount', type: 'long', default: 1 },
    { name: 'status', type: { type: 'enum', name: 'Status', symbols: ['NEW', 'PAID', 'SHIPPED'] } },
    customer([{ name: 'email', type: ['null', 'string'], default: null }]),
    { name: 'note', type: 'string' },
  ])

  it('lists every field-level change, nested records included, sorted by path', () => {
    expect(kinds(diffSchemas('avro', before, after))).toEqual([
      'type-changed Order.amount',
      'default-changed Order.amount',
      'type-changed Order.customer.email',
      'default-added Order.customer.email',
      'doc-changed Order.id',
      'field-removed Order.legacy',
      'field-added Order.note',
      'enum-symbols-changed Order.status',
    ])
  })

  it('says what changed, with before and after', () => {
    const amount = diffSchemas('avro', before, after).find((change) => change.path === 'Order.amount' && change.kind === 'type-changed')
    expect(amount).toMatchObject({ before: 'int', after: 'long', message: 'Order.amount: type changed from int to long' })
    const status = diffSchemas('avro', before, after).find((change) => change.kind === 'enum-symbols-changed')
    expect(status?.message).toContain('added SHIPPED')
  })

  it('reports a removed default, an alias rename and a record rename', () => {
    const v1 = avroRecord('Order', [{ name: 'amount', type: 'int', default: 0 }])
    const v2 = avroRecord('Purchase', [{ name: 'total', type: 'int', aliases: ['amount'] }])
    expect(kinds(diffSchemas('avro', v1, v2))).toEqual(['name-changed Purchase', 'name-changed Purchase.total', 'default-removed Purchase.total'])
  })

  it('finds nothing between equal schemas written differently', () => {
    const reordered = JSON.stringify({ fields: [{ type: 'int', name: 'a' }], name: 'Order', type: 'record' })
    expect(diffSchemas('avro', avroRecord('Order', [{ name: 'a', type: 'int' }], { namespace: undefined }), reordered)).toEqual([])
  })
})

describe('diffSchemas: Protobuf', () => {
  const before = proto(`
message Order {
  string id = 1;
  int32 quantity = 2;
  Item item = 3;
  Status status = 4;
  message Item {
    string sku = 1;
  }
}
enum Status {
  NEW = 0;
  PAID = 1;
}`)
  const after = proto(`
message Order {
  string id = 1;
  int32 qty = 2;
  Item item = 3;
  repeated string tags = 5;
  message Item {
    int64 sku = 1;
  }
}
enum Status {
  NEW = 0;
  PAID = 1;
  SHIPPED = 2;
}
message Refund {
  string order_id = 1;
}`)

  it('matches fields by number, so a rename is a rename', () => {
    expect(kinds(diffSchemas('protobuf', before, after))).toEqual([
      'type-changed orders.v1.Order.Item.sku',
      'name-changed orders.v1.Order.qty',
      'field-removed orders.v1.Order.status',
      'field-added orders.v1.Order.tags',
      'other orders.v1.Refund',
      'field-added orders.v1.Refund.order_id',
      'enum-symbols-changed orders.v1.Status',
    ])
  })

  it('reports proto2 defaults and required labels', () => {
    const v1 = 'syntax = "proto2";\npackage p;\nmessage M {\n  optional int32 a = 1 [default = 5];\n  optional string b = 2;\n}\n'
    const v2 = 'syntax = "proto2";\npackage p;\nmessage M {\n  optional int32 a = 1;\n  required string b = 2;\n}\n'
    expect(kinds(diffSchemas('protobuf', v1, v2))).toEqual(['default-removed p.M.a', 'type-changed p.M.b', 'required-changed p.M.b'])
  })
})

describe('diffSchemas: JSON Schema', () => {
  const before = jsonObject(
    { id: { type: 'string' }, amount: { type: 'integer', default: 0 }, status: { enum: ['NEW', 'PAID'] }, customer: { $ref: '#/definitions/Customer' } },
    { required: ['id'], definitions: { Customer: { type: 'object', properties: { email: { type: 'string' } } } } },
  )
  const after = jsonObject(
    {
      id: { type: 'string', description: 'order id' },
      amount: { type: 'number' },
      status: { enum: ['NEW'] },
      customer: { $ref: '#/definitions/Customer' },
      tags: { type: 'array', items: { type: 'string' } },
    },
    { required: ['id', 'amount'], definitions: { Customer: { type: 'object', properties: { email: { type: 'string', format: 'email' } } } } },
  )

  it('walks properties through $ref and reports required, default, enum and doc changes', () => {
    expect(kinds(diffSchemas('json', before, after))).toEqual([
      'type-changed $.amount',
      'required-changed $.amount',
      'default-removed $.amount',
      'type-changed $.customer.email',
      'doc-changed $.id',
      'enum-symbols-changed $.status',
      'field-added $.tags',
    ])
  })

  it('resolves $ref into referenced documents', () => {
    const refs = [{ name: 'customer.json', content: JSON.stringify({ type: 'object', properties: { email: { type: 'string' } } }) }]
    const v1 = jsonObject({ customer: { $ref: 'customer.json' } })
    const v2 = jsonObject({ customer: { $ref: 'customer.json' }, note: { type: 'string' } })
    expect(kinds(diffSchemas('json', v1, v2, refs))).toEqual(['field-added $.note'])
  })
})

describe('diffSchemas: named change rules', () => {
  const rules = (changes: SchemaChange[]) => changes.map((change) => `${change.rule} ${change.category} ${change.path}`)

  it('names every Avro change with its rule and category', () => {
    const before = avroRecord('Order', [
      { name: 'id', type: 'string' },
      { name: 'amount', type: 'int', default: 0 },
      { name: 'status', type: { type: 'enum', name: 'Status', symbols: ['NEW', 'PAID'] } },
      { name: 'legacy', type: 'string' },
    ])
    const after = avroRecord('Order', [
      { name: 'id', type: 'string', doc: 'the id' },
      { name: 'amount', type: 'long', default: 0 },
      { name: 'status', type: { type: 'enum', name: 'Status', symbols: ['NEW'] } },
      { name: 'note', type: 'string' },
      { name: 'tag', type: ['null', 'string'], default: null },
    ])
    expect(rules(diffSchemas('avro', before, after))).toEqual([
      'FIELD_SAME_TYPE WIRE Order.amount',
      'DOC_CHANGED COSMETIC Order.id',
      'FIELD_NO_DELETE WIRE Order.legacy',
      'FIELD_ADDED_WITHOUT_DEFAULT WIRE Order.note',
      'ENUM_VALUE_NO_DELETE WIRE Order.status',
      'FIELD_ADDED FILE Order.tag',
    ])
  })

  it('Protobuf: renames keep the number (FIELD_SAME_NAME, WIRE_JSON); added enum values and messages are FILE changes', () => {
    const before = proto('enum S {\n  A = 0;\n}\nmessage M {\n  string a = 1;\n}')
    const after = proto('enum S {\n  A = 0;\n  B = 1;\n}\nmessage M {\n  string b = 1;\n}\nmessage N {\n  string x = 1;\n}')
    expect(rules(diffSchemas('protobuf', before, after))).toEqual([
      'FIELD_SAME_NAME WIRE_JSON orders.v1.M.b',
      'TYPE_ADDED FILE orders.v1.N',
      'FIELD_ADDED FILE orders.v1.N.x',
      'ENUM_VALUE_ADDED FILE orders.v1.S',
    ])
  })

  it('JSON Schema: a required property added is FIELD_ADDED_WITHOUT_DEFAULT, now-required FIELD_SAME_REQUIRED', () => {
    const before = jsonObject({ id: { type: 'string' } })
    const after = jsonObject({ id: { type: 'string' }, sku: { type: 'string' } }, { required: ['id', 'sku'] })
    expect(rules(diffSchemas('json', before, after))).toEqual(['FIELD_SAME_REQUIRED WIRE $.id', 'FIELD_ADDED_WITHOUT_DEFAULT WIRE $.sku'])
  })
})
