/** Schema Registry compatibility levels, as the Confluent API spells them. */
export const COMPATIBILITY_LEVELS = [
  'BACKWARD',
  'BACKWARD_TRANSITIVE',
  'FORWARD',
  'FORWARD_TRANSITIVE',
  'FULL',
  'FULL_TRANSITIVE',
  'NONE',
] as const
export type CompatibilityLevel = (typeof COMPATIBILITY_LEVELS)[number]

export const SCHEMA_FORMATS = ['avro', 'protobuf', 'json'] as const
export type SchemaFormat = (typeof SCHEMA_FORMATS)[number]
