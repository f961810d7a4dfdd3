import { THRESHOLD_UNITS, GROUP_CONDITIONS, type AlertCondition, type AlertTargetKind } from '@/features/alerting/lib/types'

/** The fields of a rule its validation reads; relationships as ids. */
export type RuleDraft = {
  workspace: number | null
  condition: AlertCondition
  targetKind: AlertTargetKind
  threshold: number | null
  consumerGroup: number | null
  virtualCluster: number | null
  pattern: string | null
}

/** Who writes the rule, and where its referenced group and virtual cluster belong (undefined: not found). */
export type RuleWriter = {
  isPlatformAdmin: boolean
  managedWorkspaces: readonly number[]
  groupWorkspace?: number | null
  virtualClusterWorkspace?: number | null
}

export type RuleProblem = { path: keyof RuleDraft; message: string }

const GROUP = new Set<string>(GROUP_CONDITIONS)

/**
 * Why a rule may not be stored, or null. A rule never reaches outside its workspace: its group or
 * virtual cluster must be the workspace's own (a forged id of another workspace's is refused like
 * one that does not exist); cluster-wide rules (no workspace, a cluster target) and the sync
 * condition are platform admins' alone.
 */
export function ruleProblem(rule: RuleDraft, writer: RuleWriter): RuleProblem | null {
  const clusterWide = rule.workspace === null
  if (clusterWide && !writer.isPlatformAdmin) return { path: 'workspace', message: 'Choose a workspace: only platform admins write cluster-wide rules' }
  if (!clusterWide && !writer.isPlatformAdmin && !writer.managedWorkspaces.includes(rule.workspace!))
    return { path: 'workspace', message: 'Only the workspace’s owners and admins manage its rules' }
  if (rule.condition === 'cluster-sync-failing' && !clusterWide) return { path: 'condition', message: 'A cluster’s sync is watched by cluster-wide rules only' }
  if (clusterWide !== (rule.targetKind === 'cluster'))
    return {
      path: 'targetKind',
      message: clusterWide ? 'A cluster-wide rule targets a cluster' : 'A workspace rule targets the workspace, a virtual cluster, a group or a pattern',
    }
  if (THRESHOLD_UNITS[rule.condition] && (rule.threshold === null || !(rule.threshold >= 0)))
    return { path: 'threshold', message: `Give a threshold in ${THRESHOLD_UNITS[rule.condition]}` }
  if (rule.targetKind === 'consumer-group') {
    if (!GROUP.has(rule.condition)) return { path: 'targetKind', message: 'A consumer group is the target of group conditions only' }
    if (rule.consumerGroup === null || writer.groupWorkspace === undefined || writer.groupWorkspace !== rule.workspace)
      return { path: 'consumerGroup', message: 'Choose a consumer group of this workspace' }
  }
  if (
    rule.targetKind === 'virtual-cluster' &&
    (rule.virtualCluster === null || writer.virtualClusterWorkspace === undefined || writer.virtualClusterWorkspace !== rule.workspace)
  )
    return { path: 'virtualCluster', message: 'Choose a virtual cluster of this workspace' }
  if (rule.targetKind === 'name-pattern' && !rule.pattern?.trim()) return { path: 'pattern', message: 'Give a name pattern, e.g. billing-*' }
  return null
}
