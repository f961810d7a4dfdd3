import type { Metadata } from 'next'

import { deleteChannelAction } from '@/app/(frontend)/(app)/workspaces/[slug]/kafka/alerts/channels/actions'
import { getWorkspaceChannels } from '@/features/alerting/channel-queries'
import { ChannelsPage } from '@/features/alerting/components/channels-page'
import { currentKafkaUser, resolveKafkaScope } from '@/features/kafka-scope'

export const metadata: Metadata = { title: 'Alert channels' }

const text = (value: string | string[] | undefined) => (typeof value === 'string' ? value.slice(0, 500) : undefined)

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const scope = await resolveKafkaScope(await params)
  if (scope.kind !== 'workspace') throw new Error('channels page without a workspace')
  const query = await searchParams
  const data = await getWorkspaceChannels(await currentKafkaUser(), scope.workspace.id)
  return <ChannelsPage slug={scope.workspace.slug} data={data} deleteAction={deleteChannelAction} notice={text(query.notice)} error={text(query.error)} />
}
