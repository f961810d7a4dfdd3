import { z } from 'zod'

/**
 * Confluent data contracts (7.4+, shown by Confluent 8): user metadata — `properties` (string
 * map), `tags` (schema path -> tag names), `sensitive` (property names whose values are secret) —
 * and a rule set of migration, domain and encoding rules. Kept as the registry sends them, minus
 * the values of sensitive properties.
 */
export const schemaMetadataSchema = z.object({
  properties: z.record(z.string(), z.string()).nullish(),
  tags: z.record(z.string(), z.array(z.string())).nullish(),
  sensitive: z.array(z.string()).nullish(),
})
export type SchemaMetadata = z.infer<typeof schemaMetadataSchema>

const ruleSchema = z.looseObject({
  name: z.string(),
  kind: z.string().optional(),
  mode: z.string().optional(),
  type: z.string().optional(),
  disabled: z.boolean().optional(),
})
export const ruleSetSchema = z.object({
  migrationRules: z.array(ruleSchema).nullish(),
  domainRules: z.array(ruleSchema).nullish(),
  encodingRules: z.array(ruleSchema).nullish(),
})
export type RuleSet = z.infer<typeof ruleSetSchema>

export type RegistryMetadataEntry = { label: string; values: string[] }

/**
 * The "Registry metadata" lines of a subject and one of its versions, as stored by the sync:
 * context, mode, GUID, metadata properties and tags, and rules (`kind mode name (type)`). Lines
 * the registry did not report are left out; stored JSON that does not have the documented shape
 * is ignored.
 */
export function registryMetadataEntries(input: {
  context?: string | null
  mode?: string | null
  guid?: string | null
  schemaMetadata?: unknown
  ruleSet?: unknown
}): RegistryMetadataEntry[] {
  const entries: RegistryMetadataEntry[] = []
  const add = (label: string, values: (string | null | undefined)[]) => {
    const present = values.filter((v): v is string => typeof v === 'string' && v !== '')
    if (present.length) entries.push({ label, values: present })
  }
  add('Context', [input.context])
  add('Mode', [input.mode])
  add('Schema GUID', [input.guid])
  const metadata = schemaMetadataSchema.safeParse(input.schemaMetadata ?? {})
  if (metadata.success) {
    add(
      'Properties',
      Object.entries(metadata.data.properties ?? {}).map(([k, v]) => `${k} = ${v}`),
    )
    add(
      'Tags',
      Object.entries(metadata.data.tags ?? {}).map(([path, tags]) => `${path}: ${tags.join(', ')}`),
    )
  }
  const rules = ruleSetSchema.safeParse(input.ruleSet ?? {})
  if (rules.success) {
    const describe = (group: string) => (rule: z.infer<typeof ruleSchema>) =>
      [group, rule.kind, rule.mode, rule.name].filter(Boolean).join(' ') + (rule.type ? ` (${rule.type})` : '') + (rule.disabled ? ' — disabled' : '')
    add('Rules', [
      ...(rules.data.migrationRules ?? []).map(describe('migration')),
      ...(rules.data.domainRules ?? []).map(describe('domain')),
      ...(rules.data.encodingRules ?? []).map(describe('encoding')),
    ])
  }
  return entries
}
