import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { saveChannelAction } from '@/app/(frontend)/(app)/workspaces/[slug]/kafka/alerts/channels/actions'
import { getAlertChannel } from '@/features/alerting/channel-queries'
import { ChannelForm } from '@/features/alerting/components/channel-form'
import { mayManageWorkspace } from '@/features/alerting/queries'
import { currentKafkaUser, resolveKafkaScope } from '@/features/kafka-scope'

export const metadata: Metadata = { title: 'Alert channel' }

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; id: string }>
  searchParams: Promise<{ error?: string | string[] }>
}) {
  const { slug, id } = await params
  const scope = await resolveKafkaScope({ slug })
  if (scope.kind !== 'workspace') throw new Error('channel page without a workspace')
  const user = await currentKafkaUser()
  const channelId = Number(id)
  if (!Number.isInteger(channelId) || channelId <= 0 || !(await mayManageWorkspace(user, scope.workspace.id))) notFound()
  const channel = await getAlertChannel(user, scope.workspace.id, channelId)
  if (!channel) notFound()
  const { error } = await searchParams
  return (
    <section className="grid gap-4">
      <h1 className="text-2xl font-semibold break-words">{channel.name}</h1>
      <ChannelForm
        slug={scope.workspace.slug}
        kind={channel.kind}
        action={saveChannelAction}
        channel={channel}
        error={typeof error === 'string' ? error : undefined}
      />
    </section>
  )
}
