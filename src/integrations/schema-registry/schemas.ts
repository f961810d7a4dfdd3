import { z } from 'zod'

import { ruleSetSchema, schemaMetadataSchema, type RuleSet, type SchemaMetadata } from '@/features/schemas/lib/registry-metadata'
import { COMPATIBILITY_LEVELS, type CompatibilityLevel } from '@/features/schemas/lib/types'

/**
 * The shapes the Confluent REST API promises, checked at the boundary. Objects are not strict:
 * registries add fields (Confluent 8 adds guid, metadata, ruleSet …) and we keep only what we use.
 */

export { COMPATIBILITY_LEVELS, type CompatibilityLevel }
export const compatibilityLevelSchema = z.enum(COMPATIBILITY_LEVELS)

export const SCHEMA_TYPES = ['AVRO', 'PROTOBUF', 'JSON'] as const
export type SchemaType = (typeof SCHEMA_TYPES)[number]

const positiveInt = z.number().int().positive()
/** Schema ids start at 1 in Confluent; some registries (Redpanda imports, Apicurio) can hand out 0. */
const schemaId = z.number().int().nonnegative()

export const schemaReferenceSchema = z.object({
  name: z.string(),
  subject: z.string(),
  version: positiveInt,
})
export type SchemaReference = z.infer<typeof schemaReferenceSchema>

export const stringListSchema = z.array(z.string())
export const versionListSchema = z.array(positiveInt)

/** Epoch milliseconds as sent by Confluent 8 (`ts`, `createTs`). */
const epochMillis = z.number().int().nonnegative()

export { ruleSetSchema, schemaMetadataSchema, type RuleSet, type SchemaMetadata }

export const subjectVersionSchema = z.object({
  subject: z.string(),
  version: positiveInt,
  id: schemaId,
  // Absent means AVRO (the Confluent default).
  schemaType: z.enum(SCHEMA_TYPES).optional(),
  schema: z.string(),
  references: z.array(schemaReferenceSchema).nullish(),
  // Confluent 8 only: when the version's record was last written, and when it was first
  // registered if that differs (after a soft delete or an import).
  ts: epochMillis.optional(),
  createTs: epochMillis.optional(),
  deleted: z.boolean().optional(),
  // Confluent 8: the schema's GUID (stable across contexts and exports); 7.4+: data contracts.
  guid: z.string().optional(),
  metadata: schemaMetadataSchema.nullish(),
  ruleSet: ruleSetSchema.nullish(),
})

export const schemaByIdSchema = z.object({
  schemaType: z.enum(SCHEMA_TYPES).optional(),
  schema: z.string(),
  references: z.array(schemaReferenceSchema).nullish(),
})

/** GET /config answers `compatibilityLevel`; a few registries echo the PUT shape `compatibility`. */
export const configSchema = z
  .object({ compatibilityLevel: compatibilityLevelSchema.optional(), compatibility: compatibilityLevelSchema.optional() })
  .transform((value, context) => {
    const level = value.compatibilityLevel ?? value.compatibility
    if (level) return level
    context.addIssue({ code: 'custom', message: 'expected compatibilityLevel', path: ['compatibilityLevel'] })
    return z.NEVER
  })

export const configUpdateSchema = z.object({ compatibility: compatibilityLevelSchema })

export const modeSchema = z.object({ mode: z.string().min(1) })

export const registerResponseSchema = z.object({ id: schemaId })

export const deleteVersionResponseSchema = positiveInt

export const compatibilityCheckSchema = z.object({
  is_compatible: z.boolean(),
  messages: z.array(z.string()).nullish(),
})

export const anyArraySchema = z.array(z.unknown())

/** Confluent error body; only read to enrich messages, so everything is optional. */
export const errorBodySchema = z.object({
  error_code: z.number().int().optional(),
  message: z.string().optional(),
})

// Apicurio Registry native API (/apis/registry/v3), used only for what the Confluent API lacks.

export const apicurioSystemInfoSchema = z.object({ name: z.string(), version: z.string().optional() })

const apicurioVersionMetadataSchema = z.object({
  version: z.string(),
  createdOn: z.string().optional(),
})

export const apicurioVersionSchema = apicurioVersionMetadataSchema

export const apicurioVersionSearchSchema = z.object({
  count: z.number().int().nonnegative(),
  versions: z.array(
    apicurioVersionMetadataSchema.extend({
      artifactId: z.string(),
      // ENABLED, DEPRECATED, DRAFT, DISABLED (= soft-deleted in the Confluent API)
      state: z.string().optional(),
      globalId: z.number().optional(),
      contentId: z.number().optional(),
    }),
  ),
})

export const apicurioVersionListSchema = z.object({
  count: z.number().int().nonnegative(),
  versions: z.array(apicurioVersionMetadataSchema),
})
