export type { VersionMetadata } from '@/integrations/schema-registry/apicurio'
export {
  createSchemaRegistryClient,
  type RegistryFeatures,
  type SchemaById,
  type SchemaInput,
  type SchemaRegistryClient,
  type SchemaRegistryClientOptions,
  type SchemaVersion,
  SENSITIVE_VALUE,
} from '@/integrations/schema-registry/client'
export {
  SchemaRegistryError,
  SchemaRegistryErrorCode,
  SchemaRegistryInvalidPayloadError,
  SchemaRegistryNotFoundError,
  SchemaRegistryRequestError,
  SchemaRegistryUnauthorizedError,
  SchemaRegistryUnreachableError,
} from '@/integrations/schema-registry/errors'
export type { SchemaRegistryAuth } from '@/integrations/schema-registry/http'
export {
  COMPATIBILITY_LEVELS,
  SCHEMA_TYPES,
  type CompatibilityLevel,
  type RuleSet,
  type SchemaMetadata,
  type SchemaReference,
  type SchemaType,
} from '@/integrations/schema-registry/schemas'
