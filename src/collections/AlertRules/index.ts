import type { CollectionConfig } from 'payload'

import { workspaceManaged, createInManagedWorkspace } from '@/access/workspaceManaged'
import { workspaceScoped } from '@/access/workspaceScoped'
import { deleteRuleAlerts } from '@/collections/AlertRules/hooks/deleteRuleAlerts'
import { validateRuleTarget } from '@/collections/AlertRules/hooks/validateRuleTarget'
import { ALERT_CONDITIONS, ALERT_SEVERITIES, ALERT_TARGET_KINDS, HEALTH_LEVELS } from '@/features/alerting/lib/types'
import { VERDICT_RULES } from '@/features/consumer-groups/lib/types'

/**
 * A workspace's alert rule: a condition on its groups, subjects (or, for platform admins, a
 * cluster's sync), on a target inside the workspace. Owners and admins of the workspace manage
 * them; a rule without a workspace is a platform admin's cluster-wide rule. The evaluation
 * (features/alerting) reads them after each lag check, schema sync and sync run.
 */
export const AlertRules: CollectionConfig = {
  slug: 'alert-rules',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'workspace', 'condition', 'targetKind', 'enabled'], group: 'Alerting' },
  access: { read: workspaceScoped, create: createInManagedWorkspace, update: workspaceManaged, delete: workspaceManaged },
  hooks: { beforeChange: [validateRuleTarget], afterDelete: [deleteRuleAlerts] },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'workspace',
      type: 'relationship',
      relationTo: 'workspaces',
      index: true,
      admin: { description: 'Empty = cluster-wide (platform admins only)' },
    },
    { name: 'enabled', type: 'checkbox', defaultValue: true, index: true },
    { name: 'condition', type: 'select', required: true, options: [...ALERT_CONDITIONS], index: true },
    { name: 'healthLevel', type: 'select', options: [...HEALTH_LEVELS], admin: { description: 'group-health: warn = Warning or Error, err = Error' } },
    { name: 'verdictRule', type: 'select', options: [...VERDICT_RULES], admin: { description: 'group-health: only this verdict rule (empty = any)' } },
    {
      name: 'threshold',
      type: 'number',
      min: 0,
      admin: { description: 'group-lag: messages; group-time-lag: seconds; group-stalled and cluster-sync-failing: minutes' },
    },
    { name: 'targetKind', type: 'select', required: true, defaultValue: 'workspace', options: [...ALERT_TARGET_KINDS] },
    { name: 'consumerGroup', type: 'relationship', relationTo: 'kafka-consumer-groups', admin: { description: 'targetKind consumer-group' } },
    { name: 'virtualCluster', type: 'relationship', relationTo: 'kafka-virtual-clusters', admin: { description: 'targetKind virtual-cluster' } },
    { name: 'cluster', type: 'relationship', relationTo: 'kafka-clusters', admin: { description: 'targetKind cluster (empty = every cluster)' } },
    { name: 'pattern', type: 'text', admin: { description: 'targetKind name-pattern: a glob over group ids or subjects (* and ?)' } },
    { name: 'forEvaluations', type: 'number', required: true, defaultValue: 1, min: 1, admin: { description: 'Matching evaluations in a row before firing' } },
    {
      name: 'repeatIntervalMinutes',
      type: 'number',
      required: true,
      defaultValue: 240,
      min: 1,
      admin: { description: 'A firing alert is sent again after this long' },
    },
    { name: 'severity', type: 'select', required: true, defaultValue: 'warning', options: [...ALERT_SEVERITIES] },
  ],
}
