import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { saveRuleAction } from '@/app/(frontend)/(app)/workspaces/[slug]/kafka/alerts/actions'
import { RuleForm } from '@/features/alerting/components/rule-form'
import { mayManageWorkspace } from '@/features/alerting/queries'
import { currentKafkaUser, resolveKafkaScope } from '@/features/kafka-scope'
import { getWorkspaceApplications } from '@/features/kafka-scope/workspaces'

export const metadata: Metadata = { title: 'New alert rule' }

export default async function Page({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ error?: string | string[] }> }) {
  const scope = await resolveKafkaScope(await params)
  if (scope.kind !== 'workspace') throw new Error('rule page without a workspace')
  const user = await currentKafkaUser()
  if (!(await mayManageWorkspace(user, scope.workspace.id))) notFound()
  const { applications, unassigned } = await getWorkspaceApplications(user, scope.workspace.id)
  const virtualClusters = [...applications.flatMap((a) => a.virtualClusters), ...unassigned].map((vc) => ({ id: vc.id, label: vc.name }))
  const { error } = await searchParams
  return (
    <section className="grid gap-4">
      <h1 className="text-2xl font-semibold">New alert rule</h1>
      <RuleForm slug={scope.workspace.slug} action={saveRuleAction} virtualClusters={virtualClusters} error={typeof error === 'string' ? error : undefined} />
    </section>
  )
}
