import Link from 'next/link'

import { Button } from '@/components/ui/button'
import type { FormAction } from '@/features/alerting/components/alert-actions'
import { ActionMessage } from '@/features/alerting/components/alert-table'
import { ChannelsTable } from '@/features/alerting/components/channels-table'
import { CHANNEL_KIND_LABELS } from '@/features/alerting/channel-form'
import type { WorkspaceChannels } from '@/features/alerting/channel-queries'
import { CHANNEL_KINDS } from '@/features/alerting/lib/channels/kinds'
import { paths } from '@/lib/paths'

/** Where a workspace's alerts go: its channels, their outcomes, and (for its owners and admins) new ones. */
export function ChannelsPage({
  slug,
  data,
  deleteAction,
  notice,
  error,
}: {
  slug: string
  data: WorkspaceChannels
  deleteAction: FormAction
  notice?: string
  error?: string
}) {
  return (
    <section className="grid gap-6">
      <div className="grid gap-1">
        <Link href={paths.workspaceAlerts(slug)} className="text-sm text-muted-foreground underline-offset-4 hover:underline">
          ← Alerts
        </Link>
        <h1 className="text-2xl font-semibold">Alert channels</h1>
        <p className="max-w-2xl text-muted-foreground">
          Every firing and resolved alert of this workspace is sent to each enabled channel.
          {data.canManage ? '' : ' Only the workspace’s owners and admins manage channels and see their deliveries.'}
        </p>
      </div>
      {data.canManage ? (
        <div className="flex flex-wrap gap-2" data-testid="new-channel">
          {CHANNEL_KINDS.map((kind) => (
            <Button key={kind} asChild variant="outline" size="sm">
              <Link href={paths.workspaceNewAlertChannel(slug, kind)}>+ {CHANNEL_KIND_LABELS[kind]}</Link>
            </Button>
          ))}
        </div>
      ) : null}
      <ActionMessage tone="notice" text={notice} />
      <ActionMessage tone="error" text={error} />
      <ChannelsTable slug={slug} channels={data.channels} canManage={data.canManage} deleteAction={deleteAction} />
    </section>
  )
}
