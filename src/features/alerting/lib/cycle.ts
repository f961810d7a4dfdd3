import type { AlertNotification, AlertTarget } from '@/features/alerting/lib/notification'
import { type ConditionMemory, observe } from '@/features/alerting/lib/conditions'
import { type AlertStateValue, stateChanged, stepAlertState } from '@/features/alerting/lib/state-machine'
import { alertFingerprint, type AlertTargetRow, notificationTarget, ruleAppliesTo } from '@/features/alerting/lib/targets'
import type { AlertRule, AlertStatus } from '@/features/alerting/lib/types'

/** An alert state as stored: which rule and target, and the state machine's value. */
export type StoredAlertState = {
  fingerprint: string
  ruleId: number
  workspaceId: number | null
  clusterId: number
  targetId: number
  target: AlertTarget
  value: AlertStateValue
}

/** A transition, for the history (alert-events). */
export type AlertTransition = {
  fingerprint: string
  ruleId: number
  workspaceId: number | null
  target: AlertTarget
  from: AlertStatus | null
  to: AlertStatus
  at: number
  reason: string
  notified: boolean
}

export type AlertCycleInput = {
  rules: readonly AlertRule[]
  targets: readonly AlertTargetRow[]
  /** Every stored state of these rules on the evaluated cluster and target kind. */
  states: readonly StoredAlertState[]
  workspaceSlugs: ReadonlyMap<number, string>
  now: number
}

export type AlertCycle = {
  /** States that changed (new or updated); unchanged ones are not written. */
  writes: StoredAlertState[]
  transitions: AlertTransition[]
  notifications: AlertNotification[]
  /** (rule, target) pairs evaluated. */
  evaluated: number
}

/**
 * One evaluation cycle over one cluster's targets of one kind: every rule against every target it
 * applies to, stepped from its stored state (an alert belongs to its rule’s workspace); states whose target is gone, moved out of the rule's
 * scope or whose rule was disabled step as "no longer matching" (and resolve). Pure: the caller
 * reads rules, targets and states once and writes the result in bulk.
 */
export function planAlertCycle({ rules, targets, states, workspaceSlugs, now }: AlertCycleInput): AlertCycle {
  const stored = new Map(states.map((s) => [s.fingerprint, s]))
  const byId = new Map(rules.map((r) => [r.id, r]))
  const cycle: AlertCycle = { writes: [], transitions: [], notifications: [], evaluated: 0 }
  const seen = new Set<string>()
  const apply = (
    rule: AlertRule,
    fingerprint: string,
    current: Omit<StoredAlertState, 'value'>,
    prev: StoredAlertState | undefined,
    memory: ConditionMemory | null,
    target: AlertTargetRow | null,
  ) => {
    const observation = target
      ? observe(rule, target, memory, now)
      : { active: false, reason: 'No longer in the rule’s scope', conditionSince: null, committedOffsets: null }
    const step = stepAlertState(prev?.value ?? null, observation, rule, now)
    cycle.evaluated++
    if (step.next === null || !stateChanged(prev?.value ?? null, step.next)) return
    const write = { ...current, value: step.next }
    cycle.writes.push(write)
    if (step.transition) {
      cycle.transitions.push({
        ...step.transition,
        fingerprint,
        ruleId: rule.id,
        workspaceId: current.workspaceId,
        target: current.target,
        at: now,
        reason: step.next.reason,
        notified: step.notify !== null,
      })
    }
    if (step.notify) cycle.notifications.push(notification(rule, write, step.notify, prev?.value ?? null, workspaceSlugs, now))
  }
  for (const rule of rules) {
    for (const target of targets) {
      if (!ruleAppliesTo(rule, target)) continue
      const fingerprint = alertFingerprint(rule.id, target)
      seen.add(fingerprint)
      const prev = stored.get(fingerprint)
      const current = {
        fingerprint,
        ruleId: rule.id,
        workspaceId: rule.workspaceId,
        clusterId: target.clusterId,
        targetId: target.id,
        target: notificationTarget(target),
      }
      apply(rule, fingerprint, current, prev, prev?.value ?? null, target)
    }
  }
  for (const state of states) {
    const rule = byId.get(state.ruleId)
    if (seen.has(state.fingerprint) || !rule) continue
    const { value: _, ...current } = state
    apply(rule, state.fingerprint, current, state, null, null)
  }
  return cycle
}

function notification(
  rule: AlertRule,
  state: StoredAlertState,
  status: 'firing' | 'resolved',
  prev: AlertStateValue | null,
  workspaceSlugs: ReadonlyMap<number, string>,
  now: number,
): AlertNotification {
  const firingSince = status === 'resolved' && prev ? prev.statusSince : state.value.statusSince
  const workspace = state.workspaceId === null ? '' : (workspaceSlugs.get(state.workspaceId) ?? '')
  const objectLabel = state.target.kind === 'consumer-group' ? 'group' : state.target.kind === 'schema-subject' ? 'subject' : 'cluster_name'
  return {
    fingerprint: state.fingerprint,
    workspaceId: state.workspaceId,
    ruleId: rule.id,
    ruleName: rule.name,
    status,
    severity: rule.severity,
    target: state.target,
    summary: state.value.reason,
    startsAt: new Date(firingSince).toISOString(),
    ...(status === 'resolved' ? { endsAt: new Date(now).toISOString() } : {}),
    labels: { alertname: rule.name, workspace, cluster: state.target.clusterName, [objectLabel]: state.target.name, severity: rule.severity },
  }
}
