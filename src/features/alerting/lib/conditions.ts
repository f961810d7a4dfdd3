import type { AlertTargetRow } from '@/features/alerting/lib/targets'
import type { AlertRule } from '@/features/alerting/lib/types'

/**
 * What one evaluation saw of one (rule, target). `conditionSince` and `committedOffsets` are the
 * memory of the duration conditions (stalled, sync failing), kept on the alert state between
 * evaluations; both null when the condition does not hold at all.
 */
export type Observation = { active: boolean; reason: string; conditionSince: number | null; committedOffsets: number | null }

/** The memory an observation continues from (the alert state's last). */
export type ConditionMemory = { conditionSince: number | null; committedOffsets: number | null }

const SEVERITY_RANK = { ok: 0, unknown: 0, warn: 1, err: 2 } as const
const MINUTE_MS = 60_000

const inactive = (reason = ''): Observation => ({ active: false, reason, conditionSince: null, committedOffsets: null })
const active = (reason: string): Observation => ({ active: true, reason, conditionSince: null, committedOffsets: null })

/** Evaluates a rule's condition on a target it applies to (targets.ts `ruleAppliesTo`). */
export function observe(rule: AlertRule, target: AlertTargetRow, memory: ConditionMemory | null, now: number): Observation {
  const threshold = rule.threshold ?? 0
  if (target.kind === 'consumer-group') {
    switch (rule.condition) {
      case 'group-health': {
        const level = SEVERITY_RANK[target.lagStatus ?? 'unknown']
        const wanted = rule.healthLevel === 'err' ? 2 : 1
        const ruleMatches = rule.verdictRule === null || rule.verdictRule === target.lagRule
        const label = target.lagStatus === 'err' ? 'Error' : 'Warning'
        return level >= wanted && ruleMatches ? active(`${label}: ${target.lagReason ?? target.lagRule ?? 'unhealthy'}`) : inactive()
      }
      case 'group-lag':
        return target.totalLag !== null && target.totalLag > threshold ? active(`Lag ${target.totalLag} messages, above ${threshold}`) : inactive()
      case 'group-time-lag':
        return target.lagSeconds !== null && target.lagSeconds > threshold
          ? active(`Time lag ${Math.round(target.lagSeconds)} s, above ${threshold} s`)
          : inactive()
      case 'group-empty':
        return target.state === 'Empty' ? active('The group has no members') : inactive()
      case 'group-stalled':
        return observeStalled(target.totalLag, target.committedOffsets, threshold, memory, now)
    }
  }
  if (target.kind === 'schema-subject') {
    if (rule.condition === 'schema-incompatible')
      return target.hasIncompatibleVersions ? active('A registered version is incompatible with its predecessor(s)') : inactive()
    if (rule.condition === 'schema-deleted') return target.deleted ? active('The subject was deleted from the registry') : inactive()
  }
  if (target.kind === 'cluster' && rule.condition === 'cluster-sync-failing') {
    if (target.failingJobs.length === 0) return inactive()
    const since = memory?.conditionSince ?? now
    const failing = { conditionSince: since, committedOffsets: null }
    const reason = `Sync failing for ${Math.floor((now - since) / MINUTE_MS)} min: ${target.failingJobs.join(', ')}`
    return { ...failing, active: now - since >= threshold * MINUTE_MS, reason }
  }
  return inactive()
}

/**
 * Stalled: lag above 0 while the committed offsets stay where they were, for `minutes`. The
 * clock starts when this position was first seen with lag; any commit restarts it.
 */
function observeStalled(lag: number | null, committed: number | null, minutes: number, memory: ConditionMemory | null, now: number): Observation {
  if (lag === null || lag <= 0 || committed === null) return inactive()
  const same = memory?.committedOffsets === committed && memory.conditionSince !== null
  const since = same ? memory.conditionSince! : now
  const stalledMinutes = Math.floor((now - since) / MINUTE_MS)
  return {
    active: now - since >= minutes * MINUTE_MS,
    reason: `Stalled: lag ${lag} and no commit for ${stalledMinutes} min`,
    conditionSince: since,
    committedOffsets: committed,
  }
}
