import type { PayloadRequest } from 'payload'

import { mayManageWorkspace } from '@/access/workspaceManaged'
import { allowPrivateUrls, messageBaseUrl } from '@/features/alerting/channels/deliveries'
import { DEFAULT_DELIVERY_POLICY } from '@/features/alerting/channels/delivery-policy'
import { sendNotification } from '@/features/alerting/channels/send'
import { channelTarget, ChannelSettingsError } from '@/features/alerting/channels/target'
import type { AlertNotification } from '@/features/alerting/notification'
import { env } from '@/lib/env'

type Answer = { status: number; body: { ok: boolean; code?: number | null; error?: string } }

/** The notification a "send a test" delivers: status `test`, about the channel itself. */
export function testNotification(channel: { id: number; name: string; workspaceId: number | null }, now: Date): AlertNotification {
  return {
    fingerprint: `test:channel:${channel.id}`,
    workspaceId: channel.workspaceId,
    ruleId: null,
    ruleName: 'Orbit test notification',
    status: 'test',
    severity: 'warning',
    target: { kind: 'cluster', name: channel.name, clusterName: '-', path: '/' },
    summary: `A test of the channel "${channel.name}": if you read this, alerts reach you.`,
    startsAt: now.toISOString(),
    labels: { alertname: 'OrbitTestNotification', channel: channel.name },
  }
}

/** Sends a test through channel `id` for the request's user, who must manage its workspace. */
export async function sendTestNotification(req: PayloadRequest, id: number): Promise<Answer> {
  const notFound: Answer = { status: 404, body: { ok: false, error: 'No such channel' } }
  if (!Number.isInteger(id)) return notFound
  const visible = await req.payload.find({
    collection: 'alert-channels',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    user: req.user,
    overrideAccess: false,
    req,
  })
  if (visible.docs.length === 0) return notFound
  const channel = await req.payload.findByID({ collection: 'alert-channels', id, depth: 0, overrideAccess: true, showHiddenFields: true, req })
  const workspaceId = typeof channel.workspace === 'object' && channel.workspace ? channel.workspace.id : (channel.workspace ?? null)
  if (!(await mayManageWorkspace(req, workspaceId)))
    return { status: 403, body: { ok: false, error: 'Only the workspace’s owners and admins may test its channels' } }
  const now = new Date()
  try {
    const target = channelTarget(channel, env().ORBIT_SECRET_KEY)
    const outcome = await sendNotification(target, testNotification({ id, name: channel.name, workspaceId }, now), {
      baseUrl: messageBaseUrl(),
      now,
      timeoutMs: DEFAULT_DELIVERY_POLICY.timeoutMs,
      allowPrivateUrls: allowPrivateUrls(),
    })
    return outcome.ok ? { status: 200, body: { ok: true, code: outcome.code } } : { status: 502, body: { ok: false, code: outcome.code, error: outcome.error } }
  } catch (error) {
    if (error instanceof ChannelSettingsError) return { status: 422, body: { ok: false, error: error.message } }
    throw error
  }
}
