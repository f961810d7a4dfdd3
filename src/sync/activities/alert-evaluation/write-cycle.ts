import type { Payload } from 'payload'

import type { AlertCycle } from '@/features/alerting/lib/cycle'
import { bulkUpsertAll, quotedColumn, type RawStatement } from '@/sync/db/bulk-upsert'
import { dialectOf } from '@/sync/db/raw'

/** The state fields the evaluation owns; silences and acknowledgements are people's (only a resolution clears an acknowledgement). */
const ENGINE_FIELDS = [
  'rule',
  'workspace',
  'cluster',
  'targetKind',
  'targetId',
  'targetName',
  'clusterName',
  'targetPath',
  'status',
  'statusSince',
  'consecutive',
  'reason',
  'lastFiringNotifiedAt',
  'notifiedStatus',
  'conditionSince',
  'committedOffsets',
  'updatedAt',
]

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

/**
 * The cycle's changed states and its transitions in one atomic write: a crash never leaves a
 * transition without its state, or a state that says "notified" without its history row.
 */
export async function writeAlertCycle(payload: Payload, cycle: AlertCycle, now: number): Promise<void> {
  if (cycle.writes.length === 0) return
  const at = iso(now)!
  const stateRows = cycle.writes.map((s) => ({
    fingerprint: s.fingerprint,
    rule: s.ruleId,
    workspace: s.workspaceId,
    cluster: s.clusterId,
    targetKind: s.target.kind,
    targetId: s.targetId,
    targetName: s.target.name,
    clusterName: s.target.clusterName,
    targetPath: s.target.path,
    status: s.value.status,
    statusSince: iso(s.value.statusSince),
    consecutive: s.value.consecutive,
    reason: s.value.reason,
    lastFiringNotifiedAt: iso(s.value.lastFiringNotifiedAt),
    notifiedStatus: s.value.notifiedStatus,
    conditionSince: iso(s.value.conditionSince),
    committedOffsets: s.value.committedOffsets,
    updatedAt: at,
    createdAt: at,
  }))
  const eventRows = cycle.transitions.map((t) => ({
    fingerprint: t.fingerprint,
    rule: t.ruleId,
    workspace: t.workspaceId,
    targetKind: t.target.kind,
    targetName: t.target.name,
    clusterName: t.target.clusterName,
    targetPath: t.target.path,
    fromStatus: t.from,
    toStatus: t.to,
    at: iso(t.at),
    reason: t.reason,
    notified: t.notified,
    updatedAt: at,
    createdAt: at,
  }))
  const resolved = cycle.transitions.filter((t) => t.to === 'resolved').map((t) => t.fingerprint)
  await bulkUpsertAll(
    payload,
    [
      { spec: { table: 'alert_states', conflict: ['fingerprint'], update: ENGINE_FIELDS }, rows: stateRows },
      { spec: { table: 'alert_events', conflict: ['fingerprint', 'at', 'toStatus'], update: ['fromStatus', 'reason', 'notified'] }, rows: eventRows },
    ],
    { after: clearAcknowledgements(payload, resolved) },
  )
}

/** A resolved alert starts afresh: its acknowledgement is cleared (a silence runs until its own end). */
function clearAcknowledgements(payload: Payload, fingerprints: string[]): RawStatement[] {
  if (fingerprints.length === 0) return []
  const column = (field: string) => quotedColumn(payload, 'alert_states', field)
  const marks = fingerprints.map((_, i) => (dialectOf(payload) === 'postgres' ? `$${i + 1}` : '?')).join(', ')
  return [
    {
      sql: `UPDATE "alert_states" SET ${column('acknowledgedAt')} = NULL, ${column('acknowledgedBy')} = NULL WHERE ${column('fingerprint')} IN (${marks})`,
      args: fingerprints,
    },
  ]
}
