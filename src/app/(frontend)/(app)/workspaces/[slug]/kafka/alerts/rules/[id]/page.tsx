import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { saveRuleAction } from '@/app/(frontend)/(app)/workspaces/[slug]/kafka/alerts/actions'
import { RuleForm } from '@/features/alerting/components/rule-form'
import { getAlertRule, mayManageWorkspace } from '@/features/alerting/queries'
import { currentKafkaUser, resolveKafkaScope } from '@/features/kafka-scope'
import { getWorkspaceApplications } from '@/features/kafka-scope/workspaces'

export const metadata: Metadata = { title: 'Alert rule' }

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; id: string }>
  searchParams: Promise<{ error?: string | string[] }>
}) {
  const { slug, id } = await params
  const scope = await resolveKafkaScope({ slug })
  if (scope.kind !== 'workspace') throw new Error('rule page without a workspace')
  const user = await currentKafkaUser()
  const ruleId = Number(id)
  if (!Number.isInteger(ruleId) || ruleId <= 0 || !(await mayManageWorkspace(user, scope.workspace.id))) notFound()
  const [found, { applications, unassigned }] = await Promise.all([
    getAlertRule(user, scope.workspace.id, ruleId),
    getWorkspaceApplications(user, scope.workspace.id),
  ])
  if (!found) notFound()
  const virtualClusters = [...applications.flatMap((a) => a.virtualClusters), ...unassigned].map((vc) => ({ id: vc.id, label: vc.name }))
  const { error } = await searchParams
  return (
    <section className="grid gap-4">
      <h1 className="text-2xl font-semibold">{found.rule.name}</h1>
      <RuleForm
        slug={scope.workspace.slug}
        action={saveRuleAction}
        rule={found.rule}
        groupId={found.groupId}
        virtualClusters={virtualClusters}
        error={typeof error === 'string' ? error : undefined}
      />
    </section>
  )
}
