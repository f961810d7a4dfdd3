import type { Endpoint, Payload, PayloadHandler, PayloadRequest } from 'payload'

import { activeWorkspaceIds } from '@/access/activeWorkspaceIds'
import { userIsPlatformAdmin } from '@/access/isPlatformAdmin'
import { prometheusRules, type PrometheusRuleInput, prometheusRulesYaml } from '@/features/alerting/prometheus-rules'

/**
 * The workspace's alert rules resolved into the converter's shape (targets as clusters and group
 * matchers, `for` in seconds). A stub until the rules collection lands: the lead wires it to it at
 * merge (a rule's virtual cluster or workspace target becomes its virtual clusters' group prefixes
 * per physical cluster; `for` N evaluations × the lag check interval).
 */
export function prometheusRuleInputs(_payload: Payload, _workspaceId: number): Promise<PrometheusRuleInput[]> {
  return Promise.resolve([])
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
