/**
 * The demo's Schema Registry content: subjects that evolve over several versions in Avro,
 * Protobuf and JSON Schema, with compatible changes, one incompatible change per format, a
 * soft-deleted version, and references in each format (an Avro named type, a Protobuf import, a
 * JSON `$ref`), each with a version that breaks through the referenced schema. Pure data;
 * registerDemoSchemas writes it.
 */
import type { SchemaReference, SchemaType } from '@/integrations/schema-registry'

import { prefixOf } from './config'

export type DemoVersion = { schema: string; references?: SchemaReference[] }
export type DemoSubject = {
  subject: string
  schemaType: SchemaType
  versions: DemoVersion[]
  /** Soft-delete the last version after registering it. */
  softDeleteLast?: boolean
  /** The level the subject ends with (versions are registered under NONE so breaking ones land). */
  level: 'BACKWARD' | 'FULL' | 'NONE'
}

const checkout = prefixOf('payments', 'checkout', 'prod')
const checkoutStaging = prefixOf('payments', 'checkout', 'staging')
const billing = prefixOf('payments', 'billing', 'prod')
const shipping = prefixOf('logistics', 'shipping', 'prod')

const avro = (name: string, fields: object[], namespace = 'com.acme.checkout') => JSON.stringify({ type: 'record', name, namespace, fields }, null, 2)
const json = (title: string, properties: Record<string, object>, required: string[]) =>
  JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', title, type: 'object', properties, required, additionalProperties: false }, null, 2)
const proto = (pkg: string, message: string, fields: string[]) =>
  `syntax = "proto3";\npackage ${pkg};\n\nmessage ${message} {\n${fields.map((f) => `  ${f}\n`).join('')}}\n`

const orderId = { name: 'id', type: 'string' }
const customerId = { name: 'customerId', type: 'string' }
const amountLong = { name: 'amount', type: 'long', default: 0, doc: 'Amount in cents' }
const currency = { name: 'currency', type: 'string', default: 'EUR' }
const moneySubject = `${billing}com.acme.billing.Money`
const moneyProtoSubject = `${checkout}money-proto`
const addressSubject = `${shipping}address-json`
const money = (cents: string, extra: object[] = []) => avro('Money', [{ name: 'cents', type: cents }, currency, ...extra], 'com.acme.billing')
const moneyProto = (centsType: string) => `syntax = "proto3";\npackage acme.common;\n\nmessage Money {\n  ${centsType} cents = 1;\n  string currency = 2;\n}\n`
const address = (zip: object) =>
  JSON.stringify(
    { $schema: 'http://json-schema.org/draft-07/schema#', title: 'Address', type: 'object', properties: { street: { type: 'string' }, zip } },
    null,
    2,
  )

export const DEMO_SUBJECTS: DemoSubject[] = [
  {
    // Avro: two compatible additions, a breaking type change, then a soft-deleted version.
    subject: `${checkout}orders-value`,
    schemaType: 'AVRO',
    level: 'BACKWARD',
    softDeleteLast: true,
    versions: [
      { schema: avro('Order', [orderId, customerId]) },
      { schema: avro('Order', [orderId, customerId, amountLong]) },
      { schema: avro('Order', [orderId, customerId, amountLong, currency]) },
      { schema: avro('Order', [orderId, customerId, { name: 'amount', type: 'string', default: '0' }, currency]) },
      {
        schema: avro('Order', [
          orderId,
          customerId,
          { name: 'amount', type: 'string', default: '0' },
          currency,
          { name: 'note', type: ['null', 'string'], default: null },
        ]),
      },
    ],
  },
  { subject: `${checkout}orders-key`, schemaType: 'AVRO', level: 'BACKWARD', versions: [{ schema: JSON.stringify({ type: 'string' }) }] },
  {
    // Protobuf: two added fields, then a field whose type changes (breaking).
    subject: `${checkout}payments-value`,
    schemaType: 'PROTOBUF',
    level: 'BACKWARD',
    versions: [
      { schema: proto('acme.checkout', 'Payment', ['string id = 1;', 'string order_id = 2;']) },
      { schema: proto('acme.checkout', 'Payment', ['string id = 1;', 'string order_id = 2;', 'int64 amount_cents = 3;']) },
      { schema: proto('acme.checkout', 'Payment', ['string id = 1;', 'string order_id = 2;', 'int64 amount_cents = 3;', 'string currency = 4;']) },
      { schema: proto('acme.checkout', 'Payment', ['string id = 1;', 'string order_id = 2;', 'string amount_cents = 3;', 'string currency = 4;']) },
    ],
  },
  {
    subject: `${checkoutStaging}orders-value`,
    schemaType: 'PROTOBUF',
    level: 'BACKWARD',
    versions: [{ schema: proto('acme.checkout.staging', 'Order', ['string id = 1;', 'string customer_id = 2;']) }],
  },
  {
    // Referenced by the invoices subject below (not a topic subject: owned through its prefix).
    subject: moneySubject,
    schemaType: 'AVRO',
    level: 'BACKWARD',
    versions: [
      { schema: avro('Money', [{ name: 'cents', type: 'long' }], 'com.acme.billing') },
      { schema: money('long') },
      // Breaking: every subject referencing Money v3 can no longer read older data.
      { schema: money('string') },
    ],
  },
  {
    subject: `${billing}invoices-value`,
    schemaType: 'AVRO',
    level: 'FULL',
    versions: [
      {
        schema: avro(
          'Invoice',
          [
            { name: 'id', type: 'string' },
            { name: 'total', type: 'com.acme.billing.Money' },
          ],
          'com.acme.billing',
        ),
        references: [{ name: 'com.acme.billing.Money', subject: moneySubject, version: 1 }],
      },
      {
        schema: avro(
          'Invoice',
          [
            { name: 'id', type: 'string' },
            { name: 'total', type: 'com.acme.billing.Money' },
            { name: 'dueDate', type: ['null', 'string'], default: null },
          ],
          'com.acme.billing',
        ),
        references: [{ name: 'com.acme.billing.Money', subject: moneySubject, version: 2 }],
      },
      {
        // Moves to Money v3: the change is in the referenced schema, the verdict still sees it.
        schema: avro(
          'Invoice',
          [
            { name: 'id', type: 'string' },
            { name: 'total', type: 'com.acme.billing.Money' },
            { name: 'dueDate', type: ['null', 'string'], default: null },
            { name: 'paidAt', type: ['null', 'string'], default: null },
          ],
          'com.acme.billing',
        ),
        references: [{ name: 'com.acme.billing.Money', subject: moneySubject, version: 3 }],
      },
    ],
  },
  {
    // Protobuf import from another subject: the refund message imports money.proto.
    subject: moneyProtoSubject,
    schemaType: 'PROTOBUF',
    level: 'BACKWARD',
    versions: [{ schema: moneyProto('int64') }, { schema: moneyProto('string') }],
  },
  {
    subject: `${checkout}refunds-value`,
    schemaType: 'PROTOBUF',
    level: 'BACKWARD',
    versions: [
      {
        schema:
          'syntax = "proto3";\npackage acme.checkout;\n\nimport "money.proto";\n\nmessage Refund {\n  string id = 1;\n  acme.common.Money amount = 2;\n}\n',
        references: [{ name: 'money.proto', subject: moneyProtoSubject, version: 1 }],
      },
      {
        schema:
          'syntax = "proto3";\npackage acme.checkout;\n\nimport "money.proto";\n\nmessage Refund {\n  string id = 1;\n  acme.common.Money amount = 2;\n  string reason = 3;\n}\n',
        references: [{ name: 'money.proto', subject: moneyProtoSubject, version: 2 }],
      },
    ],
  },
  {
    // JSON Schema `$ref` to another subject.
    subject: addressSubject,
    schemaType: 'JSON',
    level: 'BACKWARD',
    versions: [{ schema: address({ type: 'string' }) }, { schema: address({ type: 'string', maxLength: 10 }) }],
  },
  {
    // JSON Schema (closed content model): an added optional property, a breaking type change,
    // then a soft-deleted version.
    subject: `${shipping}shipments-value`,
    schemaType: 'JSON',
    level: 'BACKWARD',
    softDeleteLast: true,
    versions: [
      { schema: json('Shipment', { id: { type: 'string' }, address: { type: 'string' } }, ['id', 'address']) },
      { schema: json('Shipment', { id: { type: 'string' }, address: { type: 'string' }, weightKg: { type: 'number' } }, ['id', 'address']) },
      { schema: json('Shipment', { id: { type: 'string' }, address: { type: 'string' }, weightKg: { type: 'string' } }, ['id', 'address']) },
      {
        schema: json('Shipment', { id: { type: 'string' }, address: { type: 'string' }, weightKg: { type: 'string' }, carrier: { type: 'string' } }, [
          'id',
          'address',
        ]),
      },
    ],
  },
  {
    subject: `${shipping}consignees-value`,
    schemaType: 'JSON',
    level: 'BACKWARD',
    versions: [
      {
        schema: json('Consignee', { name: { type: 'string' }, address: { $ref: 'address.json' } }, ['name']),
        references: [{ name: 'address.json', subject: addressSubject, version: 1 }],
      },
      {
        // Address v2 caps zip at 10 characters: this version breaks through the $ref.
        schema: json('Consignee', { name: { type: 'string' }, address: { $ref: 'address.json' }, phone: { type: 'string' } }, ['name']),
        references: [{ name: 'address.json', subject: addressSubject, version: 2 }],
      },
    ],
  },
  {
    subject: `${shipping}tracking-events-value`,
    schemaType: 'JSON',
    level: 'BACKWARD',
    versions: [
      {
        schema: json('TrackingEvent', { shipmentId: { type: 'string' }, status: { type: 'string', enum: ['created', 'in-transit', 'delivered'] } }, [
          'shipmentId',
          'status',
        ]),
      },
      {
        schema: json(
          'TrackingEvent',
          { shipmentId: { type: 'string' }, status: { type: 'string', enum: ['created', 'in-transit', 'delivered'] }, location: { type: 'string' } },
          ['shipmentId', 'status'],
        ),
      },
    ],
  },
]
