import { describe, expect, it } from 'vitest'

import type { Observation } from '@/features/alerting/lib/conditions'
import { type AlertStateValue, stepAlertState } from '@/features/alerting/lib/state-machine'

const MIN = 60_000
const on: Observation = { active: true, reason: 'lag high', conditionSince: null, committedOffsets: null }
const off: Observation = { active: false, reason: '', conditionSince: null, committedOffsets: null }

/** Runs observations one minute apart from t=0; returns the notifications and transitions in order. */
function run(observations: Observation[], timing = { forEvaluations: 1, repeatIntervalMinutes: 60 }, start: AlertStateValue | null = null) {
  let state = start
  const notes: string[] = []
  const moves: string[] = []
  observations.forEach((o, i) => {
    const step = stepAlertState(state, o, timing, i * MIN)
    state = step.next
    if (step.notify) notes.push(`${i}:${step.notify}`)
    if (step.transition) moves.push(`${step.transition.from ?? 'new'}>${step.transition.to}`)
  })
  return { notes, moves, state }
}

describe('alert state machine', () => {
  it('stores nothing for a target that never matched', () => {
    expect(stepAlertState(null, off, { forEvaluations: 1, repeatIntervalMinutes: 60 }, 0)).toEqual({ next: null, transition: null, notify: null })
  })

  it('fires on the first match with for 1, once, and resolves once', () => {
    const { notes, moves } = run([on, on, on, off, off])
    expect(notes).toEqual(['0:firing', '3:resolved'])
    expect(moves).toEqual(['new>firing', 'firing>resolved'])
  })

  it('waits for N matching evaluations in a row before firing (pending in between)', () => {
    const { notes, moves } = run([on, on, off, on, on, on], { forEvaluations: 3, repeatIntervalMinutes: 60 })
    // 0,1 pending, 2 clears silently, 3,4 pending again, 5 is the third in a row.
    expect(moves).toEqual(['new>pending', 'pending>resolved', 'resolved>pending', 'pending>firing'])
    expect(notes).toEqual(['5:firing'])
  })

  it('repeats after the repeat interval while firing, not before', () => {
    const { notes } = run(
      Array.from({ length: 26 }, () => on),
      { forEvaluations: 1, repeatIntervalMinutes: 10 },
    )
    expect(notes).toEqual(['0:firing', '10:firing', '20:firing'])
  })

  it('flapping within the repeat interval announces firing once (and its one resolution)', () => {
    const { notes, moves } = run([on, off, on, off, on, off], { forEvaluations: 1, repeatIntervalMinutes: 60 })
    expect(notes).toEqual(['0:firing', '1:resolved'])
    expect(moves).toHaveLength(6)
  })

  it('announces a re-fire suppressed by flapping once the repeat interval has passed', () => {
    const flap = [on, off, ...Array.from({ length: 10 }, () => on)]
    const { notes } = run(flap, { forEvaluations: 1, repeatIntervalMinutes: 5 })
    // fired at 0; re-fired at 2 (too soon); due again at 5; then every 5 minutes.
    expect(notes).toEqual(['0:firing', '1:resolved', '5:firing', '10:firing'])
  })

  it('a silence mutes firing until it ends; the alert is announced when it ends', () => {
    const silenced: AlertStateValue = { ...run([on]).state!, notifiedStatus: null, lastFiringNotifiedAt: null, silencedUntil: 3 * MIN }
    const { notes } = run([on, on, on, on, on], { forEvaluations: 1, repeatIntervalMinutes: 60 }, silenced)
    expect(notes).toEqual(['3:firing'])
  })

  it('an acknowledgement stops the repeats; the resolution is still sent and clears it', () => {
    const fired = run([on]).state!
    const acknowledged = { ...fired, acknowledgedAt: 0 }
    const { notes, state } = run([on, on, on, off], { forEvaluations: 1, repeatIntervalMinutes: 1 }, acknowledged)
    expect(notes).toEqual(['3:resolved'])
    expect(state?.acknowledgedAt).toBeNull()
  })

  it('a restart continues from the stored state: a firing alert is not announced again', () => {
    const stored = JSON.parse(JSON.stringify(run([on, on]).state)) as AlertStateValue
    const step = stepAlertState(stored, on, { forEvaluations: 1, repeatIntervalMinutes: 60 }, 2 * MIN)
    expect(step.notify).toBeNull()
    expect(step.transition).toBeNull()
  })

  it('a pending alert that clears resolves without a notification', () => {
    const { notes, state } = run([on, off], { forEvaluations: 2, repeatIntervalMinutes: 60 })
    expect(notes).toEqual([])
    expect(state?.status).toBe('resolved')
  })
})
