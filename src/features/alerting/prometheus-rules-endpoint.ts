import type { Endpoint, Payload, PayloadHandler, PayloadRequest } from 'payload'

import { activeWorkspaceIds } from '@/access/activeWorkspaceIds'
import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'
import { relationId } from '@/access/relationId'
import { prometheusRuleInput, type RuleScope } from '@/features/alerting/prometheus-rule-input'
import { prometheusRules, type PrometheusRuleInput, prometheusRulesYaml } from '@/features/alerting/prometheus-rules'
import { toAlertRule } from '@/features/alerting/stored-rule'
import { envValues } from '@/lib/env'
import { JOBS } from '@/sync/shared/jobs'

const read = { depth: 0, pagination: false, overrideAccess: true } as const

/**
 * The workspace's enabled alert rules resolved into the converter's shape (lib/prometheus-rule-input.ts):
 * its virtual clusters' group prefixes per physical cluster, the groups the rules name, `for` as
 * N evaluations × the lag check interval. Four queries.
 */
export async function prometheusRuleInputs(payload: Payload, workspaceId: number): Promise<PrometheusRuleInput[]> {
  const [rules, virtualClusters, clusters] = await Promise.all([
    payload.find({ collection: 'alert-rules', where: { workspace: { equals: workspaceId }, enabled: { equals: true } }, sort: 'id', ...read }),
    payload.find({
      collection: 'kafka-virtual-clusters',
      where: { workspace: { equals: workspaceId }, status: { not_equals: 'deleted' } },
      select: { physicalCluster: true, groupPrefix: true },
      sort: 'id',
      ...read,
    }),
    payload.find({ collection: 'kafka-clusters', select: { name: true }, ...read }),
  ])
  const alertRules = rules.docs.map(toAlertRule)
  const clusterNames = new Map(clusters.docs.map((c) => [c.id, c.name]))
  const groupIds = alertRules.flatMap((r) => (r.targetKind === 'consumer-group' && r.consumerGroupId !== null ? [r.consumerGroupId] : []))
  const groups = groupIds.length
    ? (await payload.find({ collection: 'kafka-consumer-groups', where: { id: { in: groupIds } }, select: { groupId: true, cluster: true }, ...read })).docs
    : []
  const scope: RuleScope = {
    prefixes: virtualClusters.docs.flatMap((vc) => {
      const clusterName = clusterNames.get(relationId(vc.physicalCluster) ?? -1)
      return clusterName ? [{ virtualClusterId: vc.id, clusterName, groupPrefix: vc.groupPrefix }] : []
    }),
    groups: new Map(
      groups.flatMap((g) => {
        const clusterName = clusterNames.get(relationId(g.cluster) ?? -1)
        return clusterName ? [[g.id, { clusterName, groupId: g.groupId }] as const] : []
      }),
    ),
    clusterNames,
    evaluationSeconds: envValues()[JOBS.lagCheck.intervalSetting],
  }
  return alertRules.map((rule) => prometheusRuleInput(rule, scope))
}

async function mayRead(req: PayloadRequest, workspaceId: number): Promise<boolean> {
  return userIsPlatformAdmin(req.user) || (await activeWorkspaceIds(req)).includes(workspaceId)
}

/**
 * GET /api/alerting/workspaces/:slug/prometheus-rules — the workspace's rules as a Prometheus rule
 * file (YAML) over the metrics of /api/metrics, for teams that alert from their own Prometheus.
 * For the workspace's members and platform admins; another workspace is the same 404 as a missing one.
 */
const handler: PayloadHandler = async (req) => {
  if (!req.user) return Response.json({ error: 'Sign in or send an API key' }, { status: 401 })
  const slug = req.routeParams?.slug
  if (typeof slug !== 'string') return Response.json({ error: 'No such workspace' }, { status: 404 })
  const found = await req.payload.find({ collection: 'workspaces', where: { slug: { equals: slug } }, depth: 0, limit: 1, overrideAccess: true, req })
  const workspace = found.docs[0]
  if (!workspace || !(await mayRead(req, workspace.id))) return Response.json({ error: 'No such workspace' }, { status: 404 })
  const yaml = prometheusRulesYaml(prometheusRules(workspace.slug, await prometheusRuleInputs(req.payload, workspace.id)))
  return new Response(yaml, {
    headers: {
      'Content-Type': 'application/yaml; charset=utf-8',
      'Content-Disposition': `attachment; filename="orbit-${workspace.slug}-rules.yml"`,
      'Cache-Control': 'no-store',
    },
  })
}

export const prometheusRulesEndpoint: Endpoint = { path: '/alerting/workspaces/:slug/prometheus-rules', method: 'get', handler }
