import { relationId } from '@/access/relationId'
import type { AlertRule } from '@/features/alerting/lib/types'
import type { AlertRule as AlertRuleDoc } from '@/payload-types'

/** A stored rule as the evaluation (and the Prometheus rules download) reads it. */
export function toAlertRule(doc: AlertRuleDoc): AlertRule {
  return {
    id: doc.id,
    name: doc.name,
    workspaceId: relationId(doc.workspace),
    enabled: doc.enabled !== false,
    condition: doc.condition,
    healthLevel: doc.healthLevel ?? null,
    verdictRule: doc.verdictRule ?? null,
    threshold: doc.threshold ?? null,
    targetKind: doc.targetKind,
    consumerGroupId: relationId(doc.consumerGroup),
    virtualClusterId: relationId(doc.virtualCluster),
    clusterId: relationId(doc.cluster),
    pattern: doc.pattern ?? null,
    forEvaluations: doc.forEvaluations,
    repeatIntervalMinutes: doc.repeatIntervalMinutes,
    severity: doc.severity,
  }
}
