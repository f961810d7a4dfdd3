import type { Metadata } from 'next'

import { AlertsPage } from '@/features/alerting/components/alerts-page'
import { getWorkspaceAlerts } from '@/features/alerting/queries'
import { currentKafkaUser, resolveKafkaScope } from '@/features/kafka-scope'

import {
  acknowledgeAction,
  deleteRuleAction,
  silenceAction,
  testRuleAction,
  toggleRuleAction,
} from '@/app/(frontend)/(app)/workspaces/[slug]/kafka/alerts/actions'

export const metadata: Metadata = { title: 'Alerts' }

const text = (value: string | string[] | undefined) => (typeof value === 'string' ? value.slice(0, 500) : undefined)

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const scope = await resolveKafkaScope(await params)
  if (scope.kind !== 'workspace') throw new Error('alerts page without a workspace')
  const query = await searchParams
  const alerts = await getWorkspaceAlerts(await currentKafkaUser(), scope.workspace.id)
  const actions = {
    toggleRule: toggleRuleAction,
    testRule: testRuleAction,
    deleteRule: deleteRuleAction,
    silence: silenceAction,
    acknowledge: acknowledgeAction,
  }
  return <AlertsPage slug={scope.workspace.slug} alerts={alerts} actions={actions} notice={text(query.notice)} error={text(query.error)} />
}
