import Link from 'next/link'

import { StatusBadge, type BadgeTone } from '@/components/badge'
import { Button } from '@/components/ui/button'
import type { FormAction } from '@/features/alerting/components/alert-actions'
import { AlertCell, AlertRow, AlertTable } from '@/features/alerting/components/alert-table'
import { SendChannelTest } from '@/features/alerting/components/send-channel-test'
import { CHANNEL_KIND_LABELS } from '@/features/alerting/channel-form'
import type { ChannelDelivery, ChannelRow } from '@/features/alerting/channel-queries'
import { formatTime } from '@/features/alerting/display'
import { paths } from '@/lib/paths'

const DELIVERY_TONES: Record<ChannelDelivery['status'], BadgeTone> = {
  pending: 'muted',
  sending: 'info',
  retrying: 'warning',
  sent: 'success',
  failed: 'danger',
}

/** One delivery in a line: outcome, when, what, and why it failed. */
function DeliveryLine({ delivery }: { delivery: ChannelDelivery }) {
  return (
    <div className="grid gap-0.5">
      <div className="flex flex-wrap items-center gap-1">
        <StatusBadge tone={DELIVERY_TONES[delivery.status]} label={delivery.status} />
        <span className="text-xs text-muted-foreground">{formatTime(delivery.sentAt ?? delivery.lastAttemptAt)}</span>
      </div>
      <span className="text-xs break-words">
        {delivery.notificationStatus} · {delivery.ruleName}
        {delivery.attempts > 1 ? ` · ${delivery.attempts} attempts` : ''}
      </span>
      {delivery.lastError ? <span className="text-xs break-words text-red-700 dark:text-red-400">{delivery.lastError}</span> : null}
    </div>
  )
}

/** The workspace's channels; managers see each one's latest delivery and recent failures, and edit, test or delete it. */
export function ChannelsTable({
  slug,
  channels,
  canManage,
  deleteAction,
}: {
  slug: string
  channels: ChannelRow[]
  canManage: boolean
  deleteAction: FormAction
}) {
  if (channels.length === 0)
    return (
      <p className="rounded-xl border border-dashed p-4 text-sm text-muted-foreground" data-testid="channels-empty">
        No channels yet: this workspace’s alerts reach nobody.{canManage ? ' Add one above.' : ' Ask an owner or admin of the workspace to add one.'}
      </p>
    )
  return (
    <AlertTable testId="alert-channels" headers={['Channel', 'Kind', 'State', ...(canManage ? ['Last delivery', 'Recent failures', 'Actions'] : [])]}>
      {channels.map((channel) => (
        <AlertRow key={channel.id}>
          <AlertCell className="font-medium break-words">
            {canManage ? (
              <Link href={paths.workspaceAlertChannel(slug, channel.id)} className="underline-offset-4 hover:underline">
                {channel.name}
              </Link>
            ) : (
              channel.name
            )}
          </AlertCell>
          <AlertCell label="Kind">{CHANNEL_KIND_LABELS[channel.kind]}</AlertCell>
          <AlertCell label="State">
            <StatusBadge tone={channel.enabled === false ? 'muted' : 'info'} label={channel.enabled === false ? 'disabled' : 'enabled'} />
          </AlertCell>
          {canManage ? (
            <>
              <AlertCell label="Last delivery" wide className="min-w-44">
                {channel.lastDelivery ? <DeliveryLine delivery={channel.lastDelivery} /> : <span className="text-xs text-muted-foreground">none yet</span>}
              </AlertCell>
              <AlertCell label="Recent failures" wide className="min-w-44">
                {channel.failures.length === 0 ? (
                  <span className="text-xs text-muted-foreground">none</span>
                ) : (
                  <div className="grid gap-2" data-testid="channel-failures">
                    {channel.failures.map((f) => (
                      <DeliveryLine key={f.id} delivery={f} />
                    ))}
                  </div>
                )}
              </AlertCell>
              <AlertCell label="Actions" wide>
                <div className="flex flex-wrap items-start gap-1">
                  <SendChannelTest channelId={channel.id} />
                  <Button asChild size="sm" variant="outline">
                    <Link href={paths.workspaceAlertChannel(slug, channel.id)}>Edit</Link>
                  </Button>
                  <form action={deleteAction}>
                    <input type="hidden" name="slug" value={slug} />
                    <input type="hidden" name="id" value={channel.id} />
                    <Button size="sm" variant="ghost" type="submit">
                      Delete
                    </Button>
                  </form>
                </div>
              </AlertCell>
            </>
          ) : null}
        </AlertRow>
      ))}
    </AlertTable>
  )
}
