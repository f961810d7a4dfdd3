import { z } from 'zod'

import { ALERT_CONDITIONS, ALERT_SEVERITIES, HEALTH_LEVELS } from '@/features/alerting/lib/types'
import { VERDICT_RULES } from '@/features/consumer-groups/lib/types'

/** The target kinds a workspace rule may have (a cluster target is a platform admin's cluster-wide rule, made in the admin panel). */
export const WORKSPACE_TARGET_KINDS = ['workspace', 'virtual-cluster', 'consumer-group', 'name-pattern'] as const

const optionalNumber = z.preprocess((v) => (v === '' || v === undefined || v === null ? null : Number(v)), z.number().finite().nullable())
const optionalText = z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null), z.string().max(500).nullable())

/** The rule form as posted (every value a string); the collection's hook checks the rest (targets inside the workspace). */
export const ruleFormSchema = z.object({
  name: z.string().trim().min(1, 'Give the rule a name').max(200),
  condition: z.enum(ALERT_CONDITIONS),
  threshold: optionalNumber,
  healthLevel: z.enum(HEALTH_LEVELS).catch('warn'),
  verdictRule: z.enum(VERDICT_RULES).nullable().catch(null),
  targetKind: z.enum(WORKSPACE_TARGET_KINDS),
  virtualCluster: optionalNumber,
  /** The group by its id in Kafka (groupId); resolved to the stored group of the workspace. */
  groupId: optionalText,
  pattern: optionalText,
  forEvaluations: z.coerce.number().int().min(1).max(1_000).catch(1),
  repeatIntervalMinutes: z.coerce.number().int().min(1).max(100_000).catch(240),
  severity: z.enum(ALERT_SEVERITIES).catch('warning'),
  enabled: z.preprocess((v) => v === 'on' || v === 'true', z.boolean()),
})
export type RuleForm = z.infer<typeof ruleFormSchema>

/** The form's values, or the first problem in words. */
export function parseRuleForm(form: FormData): { ok: true; value: RuleForm } | { ok: false; error: string } {
  const parsed = ruleFormSchema.safeParse(Object.fromEntries(form))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { ok: false, error: issue ? `${issue.path.join('.') || 'form'}: ${issue.message}` : 'Invalid form' }
  }
  return { ok: true, value: parsed.data }
}
