import type { Endpoint, PayloadHandler } from 'payload'

import { checkCandidate } from '@/features/schemas/candidate-check'

/**
 * POST /api/schemas/check — a candidate schema against a synced subject, for CI pipelines and the
 * subject page's "Check a candidate" panel. Signed-in users only (session cookie, JWT or API key);
 * a subject outside the user's workspaces is the same 404 as a missing one. Nothing is registered.
 */
const handler: PayloadHandler = async (req) => {
  if (!req.user) return Response.json({ error: 'Sign in or send an API key' }, { status: 401 })
  let body: unknown
  try {
    body = await req.json?.()
  } catch {
    return Response.json({ error: 'the body is not JSON' }, { status: 400 })
  }
  const answer = await checkCandidate(req.payload, req.user, body)
  return Response.json(answer.body, { status: answer.status, headers: { 'Cache-Control': 'no-store' } })
}

export const schemaCheckEndpoint: Endpoint = { path: '/schemas/check', method: 'post', handler }
