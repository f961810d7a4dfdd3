import type { Endpoint, PayloadHandler } from 'payload'

import { sendTestNotification } from '@/features/alerting/channels/send-test'

/**
 * POST /api/alerting/channels/:id/test — sends a test notification through the channel now, once,
 * and answers `{ ok, code, error? }` (200 when it was delivered, 502 when the channel refused or
 * could not be reached). For the channel's managers; a channel the user cannot read is a 404.
 */
const handler: PayloadHandler = async (req) => {
  if (!req.user) return Response.json({ error: 'Sign in or send an API key' }, { status: 401 })
  const id = Number(req.routeParams?.id)
  const answer = await sendTestNotification(req, id)
  return Response.json(answer.body, { status: answer.status, headers: { 'Cache-Control': 'no-store' } })
}

export const channelTestEndpoint: Endpoint = { path: '/alerting/channels/:id/test', method: 'post', handler }
