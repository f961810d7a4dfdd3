'use server'

import { notFound, redirect } from 'next/navigation'
import { z } from 'zod'

import { currentKafkaUser, resolveKafkaScope } from '@/features/kafka-scope'
import {
  acknowledgeAlert,
  deleteAlertRule,
  type MutationResult,
  saveAlertRule,
  sendTestNotification,
  setAlertRuleEnabled,
  silenceAlert,
} from '@/features/alerting/mutations'
import { parseRuleForm } from '@/features/alerting/rule-form'
import { paths } from '@/lib/paths'

const posted = z.object({ slug: z.string().min(1), id: z.coerce.number().int().positive() })

/** The posted workspace (a 404 unless the user sees it) and row id. */
async function target(form: FormData) {
  const parsed = posted.safeParse({ slug: form.get('slug'), id: form.get('id') })
  if (!parsed.success) notFound()
  const scope = await resolveKafkaScope({ slug: parsed.data.slug })
  if (scope.kind !== 'workspace') notFound()
  return { user: await currentKafkaUser(), slug: scope.workspace.slug, workspaceId: scope.workspace.id, id: parsed.data.id }
}

function backToAlerts(slug: string, result: MutationResult, notice: string): never {
  redirect(paths.workspaceAlerts(slug, result.ok ? { notice } : { error: result.error }))
}

export async function toggleRuleAction(form: FormData) {
  const { user, slug, id } = await target(form)
  const enabled = form.get('enabled') === 'true'
  backToAlerts(slug, await setAlertRuleEnabled(user, id, enabled), enabled ? 'Rule enabled' : 'Rule disabled')
}

export async function testRuleAction(form: FormData) {
  const { user, slug, id } = await target(form)
  backToAlerts(slug, await sendTestNotification(user, id), 'Test notification sent to the workspace’s channels')
}

export async function deleteRuleAction(form: FormData) {
  const { user, slug, id } = await target(form)
  backToAlerts(slug, await deleteAlertRule(user, id), 'Rule deleted')
}

export async function silenceAction(form: FormData) {
  const { user, slug, id } = await target(form)
  const hours = z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 30)
    .catch(1)
    .parse(form.get('hours'))
  const comment = z.string().trim().max(200).catch('').parse(form.get('comment')) || null
  const until = hours === 0 ? null : new Date(Date.now() + hours * 3_600_000)
  backToAlerts(slug, await silenceAlert(user, id, until, comment), until ? `Silenced for ${hours} h` : 'Silence lifted')
}

export async function acknowledgeAction(form: FormData) {
  const { user, slug, id } = await target(form)
  backToAlerts(slug, await acknowledgeAlert(user, id), 'Acknowledged: no repeats until it resolves')
}

/** Create (no id) or save a rule; a problem sends the person back to the form with it. */
export async function saveRuleAction(form: FormData) {
  const slug = z.string().min(1).catch('').parse(form.get('slug'))
  const scope = await resolveKafkaScope({ slug })
  if (scope.kind !== 'workspace') notFound()
  const id = form.get('id') ? z.coerce.number().int().positive().catch(0).parse(form.get('id')) || undefined : undefined
  const formPath = id === undefined ? paths.workspaceNewAlertRule(scope.workspace.slug) : paths.workspaceAlertRule(scope.workspace.slug, id)
  const parsed = parseRuleForm(form)
  if (!parsed.ok) redirect(`${formPath}?error=${encodeURIComponent(parsed.error)}`)
  const result = await saveAlertRule(await currentKafkaUser(), scope.workspace.id, parsed.value, id)
  if (!result.ok) redirect(`${formPath}?error=${encodeURIComponent(result.error)}`)
  redirect(paths.workspaceAlerts(scope.workspace.slug, { notice: id === undefined ? 'Rule created' : 'Rule saved' }))
}
