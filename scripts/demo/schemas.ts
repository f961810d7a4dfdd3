/**
 * The demo's Schema Registry content: subjects that evolve over several versions in Avro,
 * Protobuf and JSON Schema, with compatible changes, one incompatible change per format, a
 * soft-deleted version and an Avro reference. Pure data; registerDemoSchemas writes it.
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
      { schema: avro('Money', [{ name: 'cents', type: 'long' }, currency], 'com.acme.billing') },
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
    ],
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
