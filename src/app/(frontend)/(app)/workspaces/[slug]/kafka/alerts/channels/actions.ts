'use server'

import { notFound, redirect } from 'next/navigation'
import { z } from 'zod'

import { parseChannelForm } from '@/features/alerting/channel-form'
import { CHANNEL_KINDS } from '@/features/alerting/lib/channels/kinds'
import { deleteAlertChannel, saveAlertChannel } from '@/features/alerting/mutations'
import { currentKafkaUser, resolveKafkaScope } from '@/features/kafka-scope'
import { paths } from '@/lib/paths'

const posted = z.object({ slug: z.string().min(1), id: z.coerce.number().int().positive().optional(), kind: z.enum(CHANNEL_KINDS).optional() })

/** The posted workspace (a 404 unless the user sees it), channel id and kind. */
async function target(form: FormData) {
  const parsed = posted.safeParse({ slug: form.get('slug'), id: form.get('id') || undefined, kind: form.get('kind') || undefined })
  if (!parsed.success) notFound()
  const scope = await resolveKafkaScope({ slug: parsed.data.slug })
  if (scope.kind !== 'workspace') notFound()
  return { user: await currentKafkaUser(), slug: scope.workspace.slug, workspaceId: scope.workspace.id, id: parsed.data.id, kind: parsed.data.kind }
}

/** Create (no id) or save a channel; a problem sends the person back to the form with it. */
export async function saveChannelAction(form: FormData) {
  const { user, slug, workspaceId, id, kind } = await target(form)
  if (!kind) notFound()
  const formPath = id === undefined ? paths.workspaceNewAlertChannel(slug, kind) : paths.workspaceAlertChannel(slug, id)
  const back = (error: string) => redirect(`${formPath}${formPath.includes('?') ? '&' : '?'}error=${encodeURIComponent(error)}`)
  const parsed = parseChannelForm(form, kind)
  if (!parsed.ok) return back(parsed.error)
  const result = await saveAlertChannel(user, workspaceId, kind, parsed.value, id)
  if (!result.ok) return back(result.error)
  redirect(paths.workspaceAlertChannels(slug, { notice: id === undefined ? 'Channel created: send it a test' : 'Channel saved' }))
}

export async function deleteChannelAction(form: FormData) {
  const { user, slug, id } = await target(form)
  if (id === undefined) notFound()
  const result = await deleteAlertChannel(user, id)
  redirect(paths.workspaceAlertChannels(slug, result.ok ? { notice: 'Channel deleted' } : { error: result.error }))
}
