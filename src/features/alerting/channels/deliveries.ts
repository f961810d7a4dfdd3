import pLimit from 'p-limit'
import type { z } from 'zod'
import type { Payload } from 'payload'

import { afterAttempt, DEFAULT_DELIVERY_POLICY, type DeliveryPolicy } from '@/features/alerting/channels/delivery-policy'
import { DUE_STATUSES } from '@/features/alerting/lib/channels/kinds'
import { alertNotificationSchema } from '@/features/alerting/lib/channels/notification-schema'
import { sendNotification, type SendOutcome } from '@/features/alerting/channels/send'
import { channelTarget, type StoredChannel } from '@/features/alerting/channels/target'
import type { AlertNotification } from '@/features/alerting/notification'
import { chunk } from '@/lib/chunk'
import { env } from '@/lib/env'
// The one exception to the feature zone: claiming a delivery must be one conditional UPDATE (atomic
// across the web process and workers), which the Local API cannot express; raw.ts is the adapter's
// typed drizzle instance, the same the sync engine's leases use.
// eslint-disable-next-line no-restricted-imports
import { affectedRows, drizzleOf, sql, tableOf } from '@/sync/db/raw'
// eslint-disable-next-line no-restricted-imports
import type { RawRows } from '@/sync/db/tables'

type DeliveryRow = RawRows['alert_deliveries']

// The stored notification's schema (the domain's) has the contract's shape, in both directions.
type Stored = z.infer<typeof alertNotificationSchema>
const _sameShape: [Stored, AlertNotification] extends [AlertNotification, Stored] ? true : never = true

export type DeliveryOptions = { policy?: DeliveryPolicy; now?: () => Date }

/** Links in messages: the public URL when set, else the loopback address of the app's port. */
/** ORBIT_ALERT_ALLOW_PRIVATE_URLS: channels may reach private, loopback and link-local addresses. */
export const allowPrivateUrls = () => env().ORBIT_ALERT_ALLOW_PRIVATE_URLS === 'true'

export function messageBaseUrl(): string {
  const { NEXT_PUBLIC_SERVER_URL, PORT } = env()
  return NEXT_PUBLIC_SERVER_URL ?? `http://localhost:${PORT}`
}

/** The enabled channels each notification goes to: its workspace's, or the platform-wide ones (no workspace). One read. */
async function channelsFor(payload: Payload, notifications: readonly AlertNotification[]): Promise<Map<number | null, number[]>> {
  const workspaceIds = [...new Set(notifications.map((n) => n.workspaceId).filter((id): id is number => id !== null))]
  const anyPlatformWide = notifications.some((n) => n.workspaceId === null)
  const scopes = [...(workspaceIds.length ? [{ workspace: { in: workspaceIds } }] : []), ...(anyPlatformWide ? [{ workspace: { exists: false } }] : [])]
  const byWorkspace = new Map<number | null, number[]>()
  if (scopes.length === 0) return byWorkspace
  const channels = await payload.find({
    collection: 'alert-channels',
    where: { and: [{ enabled: { equals: true } }, { or: scopes }] },
    select: { workspace: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const channel of channels.docs) {
    const workspace = typeof channel.workspace === 'object' && channel.workspace ? channel.workspace.id : (channel.workspace ?? null)
    byWorkspace.set(workspace, [...(byWorkspace.get(workspace) ?? []), channel.id])
  }
  return byWorkspace
}

/** Stores one pending delivery per (notification, enabled channel of its workspace), in bulk; returns their ids. */
export async function storeDeliveries(payload: Payload, notifications: readonly AlertNotification[], now: Date): Promise<number[]> {
  const byWorkspace = await channelsFor(payload, notifications)
  const at = now.toISOString()
  const rows: Partial<DeliveryRow>[] = notifications.flatMap((notification) =>
    (byWorkspace.get(notification.workspaceId) ?? []).map((channel) => ({
      workspace: notification.workspaceId,
      channel,
      fingerprint: notification.fingerprint,
      notification: alertNotificationSchema.parse(notification),
      status: 'pending' as const,
      attempts: 0,
      nextAttemptAt: at,
      createdAt: at,
      updatedAt: at,
    })),
  )
  const table = tableOf(payload, 'alert_deliveries')
  const ids: number[] = []
  for (const part of chunk(rows, 500)) {
    const inserted = await drizzleOf(payload).insert(table).values(part).returning({ id: table.id })
    ids.push(...inserted.map((r) => r.id))
  }
  return ids
}

/**
 * Claims a due delivery for one attempt, atomically: only the process whose conditional update
 * changes the row sends it (web and worker may both resume deliveries). The claim counts the
 * attempt and parks the row for the claim timeout, after which a sender that died is replaced.
 */
async function claim(payload: Payload, row: DeliveryRow, now: Date, policy: DeliveryPolicy): Promise<boolean> {
  const table = tableOf(payload, 'alert_deliveries')
  const at = now.toISOString()
  const due = sql.join(
    DUE_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  )
  const result = await drizzleOf(payload)
    .update(table)
    .set({
      status: 'sending',
      attempts: row.attempts + 1,
      lastAttemptAt: at,
      nextAttemptAt: new Date(now.getTime() + policy.claimTimeoutMs).toISOString(),
      updatedAt: at,
    })
    .where(sql`${table.id} = ${row.id} AND ${table.attempts} = ${row.attempts} AND ${table.status} IN (${due}) AND ${table.nextAttemptAt} <= ${at}`)
  return affectedRows(result) === 1
}

async function record(payload: Payload, id: number, attempts: number, outcome: SendOutcome, now: Date, policy: DeliveryPolicy): Promise<void> {
  const table = tableOf(payload, 'alert_deliveries')
  const next = afterAttempt(attempts, outcome, now, policy)
  const at = now.toISOString()
  await drizzleOf(payload)
    .update(table)
    .set({
      ...next,
      responseCode: outcome.code,
      lastError: outcome.ok ? null : outcome.error,
      ...(outcome.ok ? { sentAt: at } : {}),
      updatedAt: at,
    })
    .where(sql`${table.id} = ${id}`)
}

async function readChannels(payload: Payload, ids: number[]): Promise<Map<number, StoredChannel & { enabled?: boolean | null }>> {
  if (ids.length === 0) return new Map()
  const found = await payload.find({
    collection: 'alert-channels',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return new Map(found.docs.map((c) => [c.id, c]))
}

/** A stored channel's outcome without sending: it was deleted or disabled after the delivery was stored, or its settings are incomplete. */
function unsendable(channel: (StoredChannel & { enabled?: boolean | null }) | undefined): SendOutcome | null {
  if (!channel) return { ok: false, code: null, error: 'the channel was deleted', retryable: false }
  if (channel.enabled === false) return { ok: false, code: null, error: 'the channel is disabled', retryable: false }
  return null
}

async function attempt(
  payload: Payload,
  row: DeliveryRow,
  channel: (StoredChannel & { enabled?: boolean | null }) | undefined,
  now: Date,
  policy: DeliveryPolicy,
): Promise<SendOutcome> {
  const skipped = unsendable(channel)
  if (skipped || !channel) return skipped!
  const parsed = alertNotificationSchema.safeParse(row.notification)
  if (!parsed.success) return { ok: false, code: null, error: 'the stored notification does not parse', retryable: false }
  try {
    return await sendNotification(channelTarget(channel, env().ORBIT_SECRET_KEY), parsed.data, {
      baseUrl: messageBaseUrl(),
      now,
      timeoutMs: policy.timeoutMs,
      allowPrivateUrls: allowPrivateUrls(),
    })
  } catch (error) {
    return { ok: false, code: null, error: error instanceof Error ? error.message : String(error), retryable: false }
  }
}

/** How many deliveries one call sends at most, and how many at once. */
const BATCH = 200
const PARALLEL = 4

/**
 * Sends every delivery that is due (new, to be retried, or left mid-attempt by a process that
 * stopped), once each, and records the outcome; `ids` limits it to those deliveries. Returns how
 * many were attempted. The sync runners call it each cycle (resumeDeliveries), so a restart
 * resumes what was pending.
 */
export async function deliverDue(payload: Payload, options: DeliveryOptions & { ids?: number[] } = {}): Promise<number> {
  const policy = options.policy ?? DEFAULT_DELIVERY_POLICY
  const clock = options.now ?? (() => new Date())
  const now = clock()
  const table = tableOf(payload, 'alert_deliveries')
  const due = sql.join(
    DUE_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  )
  const only = options.ids
    ? options.ids.length
      ? sql` AND ${table.id} IN (${sql.join(
          options.ids.map((id) => sql`${id}`),
          sql`, `,
        )})`
      : sql` AND 1 = 0`
    : sql``
  const rows = (await drizzleOf(payload)
    .select({
      id: table.id,
      channel: table.channel,
      notification: table.notification,
      attempts: table.attempts,
      status: table.status,
    })
    .from(table)
    .where(sql`${table.status} IN (${due}) AND ${table.nextAttemptAt} <= ${now.toISOString()}${only}`)
    .orderBy(table.id)) as DeliveryRow[]
  const batch = rows.slice(0, BATCH)
  const channels = await readChannels(payload, [...new Set(batch.map((r) => r.channel).filter((c): c is number => c !== null))])
  const limit = pLimit(PARALLEL)
  const attempted = await Promise.all(
    batch.map((row) =>
      limit(async () => {
        if (!(await claim(payload, row, now, policy))) return 0
        const outcome = await attempt(payload, row, row.channel === null ? undefined : channels.get(row.channel), clock(), policy)
        await record(payload, row.id, row.attempts + 1, outcome, clock(), policy)
        return 1
      }),
    ),
  )
  return attempted.reduce<number>((a, b) => a + b, 0)
}
