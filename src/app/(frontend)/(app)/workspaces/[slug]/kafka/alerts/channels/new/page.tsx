import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { saveChannelAction } from '@/app/(frontend)/(app)/workspaces/[slug]/kafka/alerts/channels/actions'
import { ChannelForm } from '@/features/alerting/components/channel-form'
import { CHANNEL_KINDS, type ChannelKind } from '@/features/alerting/lib/channels/kinds'
import { mayManageWorkspace } from '@/features/alerting/queries'
import { currentKafkaUser, resolveKafkaScope } from '@/features/kafka-scope'

export const metadata: Metadata = { title: 'New alert channel' }

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>
  searchParams: Promise<{ kind?: string | string[]; error?: string | string[] }>
}) {
  const scope = await resolveKafkaScope(await params)
  if (scope.kind !== 'workspace') throw new Error('channel page without a workspace')
  const { kind, error } = await searchParams
  if (!CHANNEL_KINDS.includes(kind as ChannelKind) || !(await mayManageWorkspace(await currentKafkaUser(), scope.workspace.id))) notFound()
  return (
    <section className="grid gap-4">
      <h1 className="text-2xl font-semibold">New alert channel</h1>
      <ChannelForm slug={scope.workspace.slug} kind={kind as ChannelKind} action={saveChannelAction} error={typeof error === 'string' ? error : undefined} />
    </section>
  )
}
