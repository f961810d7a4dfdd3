/** What POST /api/alerting/channels/:id/test answers. */
export type ChannelTestAnswer = { ok: boolean; code?: number | null; error?: string }

/** The answer in words, for the "Send a test" buttons (admin panel and the channels page). */
export function describeTestAnswer(answer: ChannelTestAnswer): string {
  if (answer.ok) return `Delivered${answer.code ? ` (${answer.code})` : ''}.`
  return `Not delivered${answer.code ? ` (${answer.code})` : ''}: ${answer.error ?? 'unknown error'}`
}
