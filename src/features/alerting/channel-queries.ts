import { mayManageWorkspace } from '@/features/alerting/queries'
import { relationId } from '@/features/kafka-scope'
import { asUser } from '@/lib/as-user'
import { emptyIfForbidden } from '@/lib/forbidden'
import { getPayloadClient } from '@/lib/payload'
import type { AlertChannel, AlertDelivery, User } from '@/payload-types'

/**
 * The channels page's reads, as the user (overrideAccess: false): members read a channel's name,
 * kind and whether it is enabled; its settings and its deliveries are for the workspace's
 * managers only (the collections' field and read rules), so a member sees no outcome.
 */
export type ChannelDelivery = Pick<AlertDelivery, 'id' | 'status' | 'attempts' | 'responseCode' | 'lastError' | 'lastAttemptAt' | 'sentAt'> & {
  ruleName: string
  notificationStatus: string
}
export type ChannelRow = Pick<AlertChannel, 'id' | 'name' | 'kind' | 'enabled'> & {
  /** The latest delivery (null: none yet, or not the user's to see). */
  lastDelivery: ChannelDelivery | null
  /** Failed or retrying deliveries among the recent ones, newest first. */
  failures: ChannelDelivery[]
}
export type WorkspaceChannels = { channels: ChannelRow[]; canManage: boolean }

/** Deliveries read per page (newest first): enough for each channel's latest and its recent failures. */
const RECENT_DELIVERIES = 500
const FAILURES_SHOWN = 5

function toDelivery(d: AlertDelivery): ChannelDelivery {
  return {
    id: d.id,
    status: d.status,
    attempts: d.attempts,
    responseCode: d.responseCode,
    lastError: d.lastError,
    lastAttemptAt: d.lastAttemptAt,
    sentAt: d.sentAt,
    ruleName: d.notification?.ruleName ?? '—',
    notificationStatus: d.notification?.status ?? '—',
  }
}

export async function getWorkspaceChannels(user: User, workspaceId: number): Promise<WorkspaceChannels> {
  const payload = await getPayloadClient()
  const inWorkspace = { workspace: { equals: workspaceId } }
  const [channels, deliveries, canManage] = await Promise.all([
    emptyIfForbidden(payload.find({ collection: 'alert-channels', where: inWorkspace, sort: 'name', depth: 0, pagination: false, ...asUser(user) }), {
      docs: [],
    }),
    emptyIfForbidden(payload.find({ collection: 'alert-deliveries', where: inWorkspace, sort: '-id', depth: 0, limit: RECENT_DELIVERIES, ...asUser(user) }), {
      docs: [],
    }),
    mayManageWorkspace(user, workspaceId),
  ])
  const byChannel = new Map<number, AlertDelivery[]>()
  for (const d of deliveries.docs) {
    const channel = relationId(d.channel)
    if (channel !== null) byChannel.set(channel, [...(byChannel.get(channel) ?? []), d])
  }
  return {
    canManage,
    channels: channels.docs.map((c) => {
      const own = byChannel.get(c.id) ?? []
      return {
        id: c.id,
        name: c.name,
        kind: c.kind,
        enabled: c.enabled,
        lastDelivery: own[0] ? toDelivery(own[0]) : null,
        failures: own
          .filter((d) => d.status === 'failed' || d.status === 'retrying')
          .slice(0, FAILURES_SHOWN)
          .map(toDelivery),
      }
    }),
  }
}

/** One channel of the workspace with the settings the user may read (never a secret), or null. */
export async function getAlertChannel(user: User, workspaceId: number, id: number): Promise<AlertChannel | null> {
  const payload = await getPayloadClient()
  const found = await emptyIfForbidden(
    payload.find({
      collection: 'alert-channels',
      where: { and: [{ id: { equals: id } }, { workspace: { equals: workspaceId } }] },
      depth: 0,
      limit: 1,
      ...asUser(user),
    }),
    { docs: [] },
  )
  return found.docs[0] ?? null
}
