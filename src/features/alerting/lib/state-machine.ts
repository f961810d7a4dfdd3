import type { ConditionMemory, Observation } from '@/features/alerting/lib/conditions'
import type { AlertStatus } from '@/features/alerting/lib/types'

/**
 * The stored state of one (rule, target) as the state machine sees it. Times are epoch ms.
 * `notifiedStatus`: what the channels were last told (firing or resolved), so a resolution is
 * sent only for an alert they heard fire.
 */
export type AlertStateValue = ConditionMemory & {
  status: AlertStatus
  /** Matching evaluations in a row (the rule's "for N evaluations"). */
  consecutive: number
  /** When the status last changed: firing since, resolved since. */
  statusSince: number
  reason: string
  lastFiringNotifiedAt: number | null
  notifiedStatus: 'firing' | 'resolved' | null
  silencedUntil: number | null
  acknowledgedAt: number | null
}

export type AlertTiming = { forEvaluations: number; repeatIntervalMinutes: number }

export type AlertStep = {
  /** null: nothing to store (the target is fine and was never watched). */
  next: AlertStateValue | null
  transition: { from: AlertStatus | null; to: AlertStatus } | null
  notify: 'firing' | 'resolved' | null
}

/**
 * One evaluation of one (rule, target): pending → firing after `forEvaluations` matching
 * evaluations in a row, firing → resolved on the first that does not match (a pending alert that
 * clears goes back to resolved unannounced). Notifications: 'firing' when it fires and again
 * once per repeat interval while it keeps firing — but never within the repeat interval of the
 * last 'firing' sent, so flapping announces itself once — and not while silenced, nor repeats
 * once acknowledged; 'resolved' when an alert the channels heard fire resolves.
 */
export function stepAlertState(prev: AlertStateValue | null, observation: Observation, timing: AlertTiming, now: number): AlertStep {
  const memory = { conditionSince: observation.conditionSince, committedOffsets: observation.committedOffsets }
  if (prev === null && !observation.active) {
    if (memory.conditionSince === null) return { next: null, transition: null, notify: null }
    return { next: { ...newState(now), ...memory, reason: observation.reason }, transition: null, notify: null }
  }
  const state: AlertStateValue = { ...(prev ?? newState(now)), ...memory }
  let transition: AlertStep['transition'] = null
  const move = (to: AlertStatus) => {
    transition = { from: prev === null ? null : state.status, to }
    state.status = to
    state.statusSince = now
  }
  if (observation.active) {
    state.reason = observation.reason
    // Counted up to `for` only: a firing alert that stays firing is not rewritten every cycle.
    const needed = Math.max(1, timing.forEvaluations)
    state.consecutive = state.status === 'resolved' ? 1 : Math.min(state.consecutive + 1, needed)
    if (state.status !== 'firing') {
      const to = state.consecutive >= needed ? 'firing' : 'pending'
      if (to !== state.status) move(to)
    }
  } else {
    state.consecutive = 0
    if (state.status !== 'resolved') {
      move('resolved')
      state.acknowledgedAt = null
    }
  }
  let notify: AlertStep['notify'] = null
  if (state.status === 'firing') {
    const silenced = state.silencedUntil !== null && state.silencedUntil > now
    const acknowledged = state.acknowledgedAt !== null && state.notifiedStatus === 'firing'
    const due = state.lastFiringNotifiedAt === null || now - state.lastFiringNotifiedAt >= timing.repeatIntervalMinutes * 60_000
    if (!silenced && !acknowledged && due) {
      notify = 'firing'
      state.lastFiringNotifiedAt = now
      state.notifiedStatus = 'firing'
    }
  } else if (transition !== null && state.notifiedStatus === 'firing') {
    notify = 'resolved'
    state.notifiedStatus = 'resolved'
  }
  return { next: state, transition, notify }
}

function newState(now: number): AlertStateValue {
  return {
    status: 'resolved',
    consecutive: 0,
    statusSince: now,
    reason: '',
    lastFiringNotifiedAt: null,
    notifiedStatus: null,
    silencedUntil: null,
    acknowledgedAt: null,
    conditionSince: null,
    committedOffsets: null,
  }
}

/** Whether a step changed anything that is stored (unchanged states are not written). */
export function stateChanged(prev: AlertStateValue | null, next: AlertStateValue | null): boolean {
  if (prev === null || next === null) return prev !== next
  return (Object.keys(next) as (keyof AlertStateValue)[]).some((key) => prev[key] !== next[key])
}
