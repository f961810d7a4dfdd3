import { createSchemaRegistryClient } from '@/integrations/schema-registry'

import { formatOf, PREFIX, schemaText, SUBJECTS, subjectName, VERSIONS } from './corpus'

/** Registers the corpus unless the registry already holds it (the registry peer keeps it in memory). */
export async function seedRegistry(baseUrl: string): Promise<{ seeded: boolean; ms: number }> {
  const client = createSchemaRegistryClient({ baseUrl, concurrency: 16 })
  const started = performance.now()
  const present = new Set((await client.listSubjects()).filter((s) => s.startsWith(PREFIX)))
  const missing = Array.from({ length: SUBJECTS }, (_, i) => i).filter((i) => !present.has(subjectName(i)))
  if (missing.length === 0) return { seeded: false, ms: 0 }
  // Versions of one subject are registered in order; subjects in parallel (bounded by the client).
  await Promise.all(
    missing.map(async (i) => {
      const format = formatOf(i)
      for (let v = 1; v <= VERSIONS; v++) {
        await client.registerSchema(subjectName(i), { schema: schemaText(format, i, v), ...(format === 'AVRO' ? {} : { schemaType: format }) })
      }
    }),
  )
  return { seeded: true, ms: performance.now() - started }
}
