import type { Payload } from 'payload'

import { enqueueNotifications } from '@/features/alerting/channels/enqueue'
import { planAlertCycle } from '@/features/alerting/lib/cycle'
import { targetKindOf } from '@/features/alerting/lib/targets'
import type { SyncJob, SyncOutcome } from '@/features/sync-health/lib/jobs'
import { readRules, readStates, readTargets, type TargetKind } from '@/sync/activities/alert-evaluation/read-cycle'
import { writeAlertCycle } from '@/sync/activities/alert-evaluation/write-cycle'

/**
 * What a finished run lets the alerts see afresh: a lag check its groups, a schema sync its
 * subjects (only when it succeeded at least partly: a failed run changed nothing), and every run
 * the cluster's sync health.
 */
export function targetKindsAfterRun(job: SyncJob, outcome: SyncOutcome): TargetKind[] {
  const kinds: TargetKind[] = ['cluster']
  if (outcome !== 'failed' && job === 'lagCheck') kinds.unshift('consumer-group')
  if (outcome !== 'failed' && job === 'schemaSync') kinds.unshift('schema-subject')
  return kinds
}

export type AlertEvaluationCounts = { alertRules: number; alertsEvaluated: number; alertTransitions: number; alertNotifications: number }

/**
 * The alert evaluation of one cluster after one run, shared by both runners (the run activities
 * call it): one read of the rules, then per target kind one read of the targets and of the
 * states, the pure cycle (features/alerting/lib/cycle.ts), one atomic bulk write, and the
 * notifications handed to the channels after the write (a crash in between loses a notification
 * rather than sending it twice; the state already says it was sent).
 */
export async function evaluateAlerts(
  payload: Payload,
  { clusterId, kinds, now }: { clusterId: number; kinds: readonly TargetKind[]; now: number },
): Promise<AlertEvaluationCounts> {
  const counts: AlertEvaluationCounts = { alertRules: 0, alertsEvaluated: 0, alertTransitions: 0, alertNotifications: 0 }
  const rules = await readRules(payload, kinds)
  if (rules.length === 0) return counts
  counts.alertRules = rules.length
  const cluster = await payload.findByID({
    collection: 'kafka-clusters',
    id: clusterId,
    depth: 0,
    overrideAccess: true,
    select: { name: true, syncHealth: true },
  })
  for (const kind of kinds) {
    const ofKind = rules.filter((r) => targetKindOf(r.condition) === kind)
    if (ofKind.length === 0) continue
    const [{ targets, workspaceSlugs }, states] = await Promise.all([
      readTargets(payload, clusterId, kind, ofKind, cluster),
      readStates(
        payload,
        clusterId,
        kind,
        ofKind.map((r) => r.id),
      ),
    ])
    const cycle = planAlertCycle({ rules: ofKind, targets, states, workspaceSlugs, now })
    await writeAlertCycle(payload, cycle, now)
    if (cycle.notifications.length > 0) await enqueueNotifications(payload, cycle.notifications)
    counts.alertsEvaluated += cycle.evaluated
    counts.alertTransitions += cycle.transitions.length
    counts.alertNotifications += cycle.notifications.length
  }
  return counts
}
