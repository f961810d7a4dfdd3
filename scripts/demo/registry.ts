import { createSchemaRegistryClient, SchemaRegistryNotFoundError } from '@/integrations/schema-registry'

import { DEMO_SUBJECTS } from './schemas'

/**
 * Registers the demo subjects in the real registry, resuming where a previous run stopped: only
 * versions beyond what the subject already holds (soft-deleted ones counted) are registered.
 * Versions go in under level NONE so the breaking ones are accepted, then the subject gets its
 * final level, under which the app's verdicts flag them. Returns the number of versions written.
 */
export async function registerDemoSchemas(registryUrl: string): Promise<number> {
  const registry = createSchemaRegistryClient({ baseUrl: registryUrl })
  const versionsOf = async (subject: string, deleted: boolean) => {
    try {
      return await registry.listVersions(subject, { deleted })
    } catch (error) {
      if (error instanceof SchemaRegistryNotFoundError) return []
      throw error
    }
  }
  let written = 0
  for (const s of DEMO_SUBJECTS) {
    const existing = await versionsOf(s.subject, true)
    const missing = s.versions.slice(existing.length)
    if (missing.length > 0) {
      await registry.setSubjectCompatibility(s.subject, 'NONE')
      for (const v of missing) {
        await registry.registerSchema(s.subject, { schema: v.schema, schemaType: s.schemaType, ...(v.references ? { references: v.references } : {}) })
        written++
      }
    }
    if (s.softDeleteLast) {
      const live = await versionsOf(s.subject, false)
      if (live.includes(s.versions.length)) await registry.deleteVersion(s.subject, s.versions.length)
    }
    await registry.setSubjectCompatibility(s.subject, s.level)
  }
  return written
}
