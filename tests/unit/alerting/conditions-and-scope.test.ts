import { describe, expect, it } from 'vitest'

import { observe } from '@/features/alerting/lib/conditions'
import { planAlertCycle } from '@/features/alerting/lib/cycle'
import { nameMatchesPattern } from '@/features/alerting/lib/name-pattern'
import { ruleProblem, type RuleDraft } from '@/features/alerting/lib/rule-validation'
import { type GroupTarget, ruleAppliesTo } from '@/features/alerting/lib/targets'
import type { AlertRule } from '@/features/alerting/lib/types'

const MIN = 60_000
const rule = (over: Partial<AlertRule> = {}): AlertRule => ({
  id: 1,
  name: 'r',
  workspaceId: 10,
  enabled: true,
  condition: 'group-lag',
  healthLevel: null,
  verdictRule: null,
  threshold: 100,
  targetKind: 'workspace',
  consumerGroupId: null,
  virtualClusterId: null,
  clusterId: null,
  pattern: null,
  forEvaluations: 1,
  repeatIntervalMinutes: 60,
  severity: 'warning',
  ...over,
})
const group = (over: Partial<GroupTarget> = {}): GroupTarget => ({
  kind: 'consumer-group',
  id: 5,
  name: 'billing-worker',
  clusterId: 1,
  clusterName: 'prod',
  workspaceId: 10,
  workspaceSlug: 'payments',
  virtualClusterId: 7,
  lagStatus: 'ok',
  lagRule: 'burrow_ok',
  lagReason: null,
  totalLag: 0,
  lagSeconds: 0,
  state: 'Stable',
  committedOffsets: 500,
  ...over,
})

describe('name patterns', () => {
  it('matches * and ? over the whole name, everything else literally', () => {
    expect(nameMatchesPattern('billing-worker', 'billing-*')).toBe(true)
    expect(nameMatchesPattern('billing.worker', 'billing?worker')).toBe(true)
    expect(nameMatchesPattern('xbilling-worker', 'billing-*')).toBe(false)
    expect(nameMatchesPattern('billingXworker', 'billing.worker')).toBe(false)
  })
})

describe('rule scope', () => {
  it('a workspace rule never applies to another workspace’s group, whatever its target', () => {
    const other = group({ workspaceId: 11 })
    for (const targetKind of ['workspace', 'virtual-cluster', 'consumer-group', 'name-pattern'] as const) {
      expect(ruleAppliesTo(rule({ targetKind, virtualClusterId: 7, consumerGroupId: 5, pattern: '*' }), other)).toBe(false)
    }
  })

  it('applies by group id, virtual cluster and pattern; disabled rules apply to nothing', () => {
    expect(ruleAppliesTo(rule({ targetKind: 'consumer-group', consumerGroupId: 5 }), group())).toBe(true)
    expect(ruleAppliesTo(rule({ targetKind: 'consumer-group', consumerGroupId: 6 }), group())).toBe(false)
    expect(ruleAppliesTo(rule({ targetKind: 'virtual-cluster', virtualClusterId: 8 }), group())).toBe(false)
    expect(ruleAppliesTo(rule({ targetKind: 'name-pattern', pattern: 'billing-*' }), group())).toBe(true)
    expect(ruleAppliesTo(rule({ enabled: false }), group())).toBe(false)
  })
})

describe('conditions', () => {
  it('lag and time lag fire strictly above the threshold', () => {
    expect(observe(rule(), group({ totalLag: 100 }), null, 0).active).toBe(false)
    expect(observe(rule(), group({ totalLag: 101 }), null, 0).active).toBe(true)
    expect(observe(rule({ condition: 'group-time-lag', threshold: 30 }), group({ lagSeconds: 31 }), null, 0).active).toBe(true)
  })

  it('health at Warning includes Error; a verdict rule narrows it', () => {
    const warn = rule({ condition: 'group-health', healthLevel: 'warn' })
    expect(observe(warn, group({ lagStatus: 'err', lagRule: 'burrow_stop' }), null, 0).active).toBe(true)
    expect(observe(rule({ condition: 'group-health', healthLevel: 'err' }), group({ lagStatus: 'warn' }), null, 0).active).toBe(false)
    const falling = rule({ condition: 'group-health', healthLevel: 'warn', verdictRule: 'falling_behind' })
    expect(observe(falling, group({ lagStatus: 'warn', lagRule: 'burrow_warn' }), null, 0).active).toBe(false)
    expect(observe(falling, group({ lagStatus: 'warn', lagRule: 'falling_behind' }), null, 0).active).toBe(true)
  })

  it('stalled: lag with the same committed offsets for N minutes; a commit restarts the clock', () => {
    const stalled = rule({ condition: 'group-stalled', threshold: 5 })
    const first = observe(stalled, group({ totalLag: 10 }), null, 0)
    expect(first).toMatchObject({ active: false, conditionSince: 0, committedOffsets: 500 })
    expect(observe(stalled, group({ totalLag: 10 }), first, 5 * MIN).active).toBe(true)
    const moved = observe(stalled, group({ totalLag: 10, committedOffsets: 501 }), first, 5 * MIN)
    expect(moved).toMatchObject({ active: false, conditionSince: 5 * MIN })
    expect(observe(stalled, group({ totalLag: 0 }), first, 9 * MIN)).toMatchObject({ active: false, conditionSince: null })
  })

  it('group gone empty', () => {
    expect(observe(rule({ condition: 'group-empty' }), group({ state: 'Empty' }), null, 0).active).toBe(true)
  })
})

describe('one evaluation cycle', () => {
  it('a group that leaves the rule’s scope resolves its firing alert (and says so once)', () => {
    const first = planAlertCycle({ rules: [rule()], targets: [group({ totalLag: 500 })], states: [], workspaceSlugs: new Map([[10, 'payments']]), now: 0 })
    expect(first.notifications.map((n) => [n.status, n.labels.workspace, n.target.path])).toEqual([
      ['firing', 'payments', '/workspaces/payments/kafka/consumer-groups/5'],
    ])
    const moved = planAlertCycle({
      rules: [rule()],
      targets: [group({ totalLag: 500, workspaceId: 11 })],
      states: first.writes,
      workspaceSlugs: new Map(),
      now: MIN,
    })
    expect(moved.notifications.map((n) => n.status)).toEqual(['resolved'])
    expect(moved.transitions.map((t) => `${t.from}>${t.to}`)).toEqual(['firing>resolved'])
  })

  it('unchanged states are not written again', () => {
    const first = planAlertCycle({ rules: [rule()], targets: [group({ totalLag: 500 })], states: [], workspaceSlugs: new Map(), now: 0 })
    const again = planAlertCycle({ rules: [rule()], targets: [group({ totalLag: 500 })], states: first.writes, workspaceSlugs: new Map(), now: MIN })
    expect(again.writes).toEqual([])
    expect(again.transitions).toEqual([])
    expect(again.notifications).toEqual([])
  })
})

describe('rule validation', () => {
  const draft = (over: Partial<RuleDraft> = {}): RuleDraft => ({
    workspace: 10,
    condition: 'group-lag',
    targetKind: 'consumer-group',
    threshold: 5,
    consumerGroup: 5,
    virtualCluster: null,
    pattern: null,
    ...over,
  })
  const owner = { isPlatformAdmin: false, managedWorkspaces: [10], groupWorkspace: 10 }

  it('accepts an owner’s rule on her own group', () => {
    expect(ruleProblem(draft(), owner)).toBeNull()
  })

  it('refuses another workspace’s group, an unknown one, and an unmanaged workspace', () => {
    expect(ruleProblem(draft(), { ...owner, groupWorkspace: 11 })?.path).toBe('consumerGroup')
    expect(ruleProblem(draft(), { ...owner, groupWorkspace: undefined })?.path).toBe('consumerGroup')
    expect(ruleProblem(draft({ workspace: 11 }), owner)?.path).toBe('workspace')
  })

  it('keeps cluster-wide rules and the sync condition for platform admins; thresholds are required', () => {
    const clusterWide = draft({ workspace: null, condition: 'cluster-sync-failing', targetKind: 'cluster', consumerGroup: null })
    expect(ruleProblem(clusterWide, owner)?.path).toBe('workspace')
    expect(ruleProblem(clusterWide, { isPlatformAdmin: true, managedWorkspaces: [] })).toBeNull()
    expect(ruleProblem(draft({ condition: 'cluster-sync-failing', targetKind: 'workspace' }), owner)?.path).toBe('condition')
    expect(ruleProblem(draft({ threshold: null }), owner)?.path).toBe('threshold')
  })
})
