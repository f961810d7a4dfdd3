import { ValidationError } from 'payload'

import type { ChannelFormValues } from '@/features/alerting/channel-form'
import { enqueueNotifications } from '@/features/alerting/channels/enqueue'
import type { ChannelKind } from '@/features/alerting/lib/channels/kinds'
import type { AlertNotification } from '@/features/alerting/lib/notification'
import type { RuleForm } from '@/features/alerting/rule-form'
import { asUser } from '@/lib/as-user'
import { emptyIfForbidden, isForbiddenError } from '@/lib/forbidden'
import { getPayloadClient } from '@/lib/payload'
import type { User } from '@/payload-types'

/**
 * Writes of the alerts pages, as the user (overrideAccess: false): the collections' rules and
 * hooks decide (owners and admins of the workspace; targets inside it). Every function answers
 * with an error in words instead of throwing for what a person can fix.
 */
export type MutationResult = { ok: true; id?: number } | { ok: false; error: string }

export async function saveAlertRule(user: User, workspaceId: number, form: RuleForm, id?: number): Promise<MutationResult> {
  const payload = await getPayloadClient()
  let consumerGroup: number | null = null
  if (form.targetKind === 'consumer-group') {
    const found = await emptyIfForbidden(
      payload.find({
        collection: 'kafka-consumer-groups',
        where: { and: [{ groupId: { equals: form.groupId ?? '' } }, { workspace: { equals: workspaceId } }] },
        select: {},
        depth: 0,
        limit: 1,
        ...asUser(user),
      }),
      { docs: [] },
    )
    consumerGroup = found.docs[0]?.id ?? null
    if (consumerGroup === null) return { ok: false, error: `No consumer group "${form.groupId ?? ''}" in this workspace` }
  }
  const { groupId: _, ...fields } = form
  const data = { ...fields, workspace: workspaceId, consumerGroup }
  return attempt(async () => {
    const doc =
      id === undefined
        ? await payload.create({ collection: 'alert-rules', data, depth: 0, ...asUser(user) })
        : await payload.update({ collection: 'alert-rules', id, data, depth: 0, ...asUser(user) })
    return doc.id
  })
}

export async function setAlertRuleEnabled(user: User, id: number, enabled: boolean): Promise<MutationResult> {
  const payload = await getPayloadClient()
  return attempt(async () => (await payload.update({ collection: 'alert-rules', id, data: { enabled }, depth: 0, ...asUser(user) })).id)
}

export async function deleteAlertRule(user: User, id: number): Promise<MutationResult> {
  const payload = await getPayloadClient()
  return attempt(async () => (await payload.delete({ collection: 'alert-rules', id, depth: 0, ...asUser(user) })).id)
}

/** "Send a test": one notification with status 'test' to the rule's workspace channels. Only for those who may edit the rule. */
export async function sendTestNotification(user: User, id: number, now = new Date()): Promise<MutationResult> {
  const payload = await getPayloadClient()
  return attempt(async () => {
    // Touching the rule through its update rule proves the user manages it before anything is sent.
    const rule = await payload.update({ collection: 'alert-rules', id, data: {}, depth: 0, ...asUser(user) })
    const workspaceId = typeof rule.workspace === 'object' ? (rule.workspace?.id ?? null) : (rule.workspace ?? null)
    const test: AlertNotification = {
      fingerprint: `rule-${rule.id}/test`,
      workspaceId,
      ruleId: rule.id,
      ruleName: rule.name,
      status: 'test',
      severity: rule.severity,
      target: { kind: 'cluster', name: 'test', clusterName: 'test', path: '/kafka' },
      summary: `Test of the rule "${rule.name}"`,
      startsAt: now.toISOString(),
      labels: { alertname: rule.name, severity: rule.severity, test: 'true' },
    }
    await enqueueNotifications(payload, [test])
    return rule.id
  })
}

/** Creates (no id) or saves a channel of the workspace: the collection checks the settings its kind needs. */
export async function saveAlertChannel(user: User, workspaceId: number, kind: ChannelKind, values: ChannelFormValues, id?: number): Promise<MutationResult> {
  const payload = await getPayloadClient()
  return attempt(async () => {
    const doc =
      id === undefined
        ? await payload.create({ collection: 'alert-channels', data: { ...values, kind, workspace: workspaceId }, depth: 0, ...asUser(user) })
        : await payload.update({ collection: 'alert-channels', id, data: values, depth: 0, ...asUser(user) })
    return doc.id
  })
}

export async function deleteAlertChannel(user: User, id: number): Promise<MutationResult> {
  const payload = await getPayloadClient()
  return attempt(async () => (await payload.delete({ collection: 'alert-channels', id, depth: 0, ...asUser(user) })).id)
}

/** Silences an alert until a time (null lifts the silence), with a comment; the collection stamps who. */
export async function silenceAlert(user: User, id: number, until: Date | null, comment: string | null): Promise<MutationResult> {
  const payload = await getPayloadClient()
  const data = { silencedUntil: until?.toISOString() ?? null, silenceComment: until ? comment : null }
  return attempt(async () => (await payload.update({ collection: 'alert-states', id, data, depth: 0, ...asUser(user) })).id)
}

/** Acknowledges a firing alert: no repeats until it resolves. */
export async function acknowledgeAlert(user: User, id: number, now = new Date()): Promise<MutationResult> {
  const payload = await getPayloadClient()
  return attempt(
    async () => (await payload.update({ collection: 'alert-states', id, data: { acknowledgedAt: now.toISOString() }, depth: 0, ...asUser(user) })).id,
  )
}

async function attempt(write: () => Promise<number>): Promise<MutationResult> {
  try {
    return { ok: true, id: await write() }
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, error: error.data.errors.map((e) => e.message).join('; ') }
    if (isForbiddenError(error)) return { ok: false, error: 'You may not change this (workspace owners and admins only)' }
    throw error
  }
}
