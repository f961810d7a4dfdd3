import type { JSONField } from 'payload'
import { z } from 'zod'

/**
 * A json field's `typescriptSchema` from the domain's zod schema of what it stores, so
 * payload-types.ts carries the stored shape (or null) instead of any JSON. Types only: readers
 * still parse through the schema, since a stored value may predate it.
 */
export function typedJson(schema: z.ZodType): NonNullable<JSONField['typescriptSchema']> {
  const { $schema: _, ...shape } = z.toJSONSchema(schema, { target: 'draft-4' }) as Record<string, unknown>
  // The field's description (its admin description) stays on the generated type.
  return [({ jsonSchema }) => ({ description: jsonSchema.description, oneOf: [shape, { type: 'null' }] })]
}
