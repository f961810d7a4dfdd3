import type { Payload } from 'payload'

import { bulkUpsert } from '@/sync/db/bulk-upsert'
import { drizzleOf, nowIso, sql, tableOf } from '@/sync/db/raw'

import type { SubjectRows } from '@/sync/activities/schema-sync/build-rows'

const VERSION_FIELDS_ON_SUCCESS = [
  'cluster',
  'workspace',
  'softDeleted',
  'syncedAt',
  'updatedAt',
  'status',
  'error',
  'registrySchemaId',
  'format',
  'content',
  'fingerprint',
  'references',
  'referencedSubjects',
  'compatibilityMode',
  'isCompatible',
  'compatibilityReasons',
  'guid',
  'schemaMetadata',
  'ruleSet',
]
const VERSION_FIELDS_ON_FAILURE = ['cluster', 'workspace', 'softDeleted', 'syncedAt', 'updatedAt', 'status', 'error']
const SCHEMA_FIELDS = [
  'workspace',
  'virtualCluster',
  'application',
  'topic',
  'topicName',
  'type',
  'format',
  'content',
  'registrySchemaId',
  'latestVersion',
  'versionCount',
  'versionList',
  'compatibilityLevel',
  'latestCompatible',
  'hasIncompatibleVersions',
  'mode',
  'context',
  'status',
  'softDeleted',
  'lastError',
  'firstRegisteredAt',
  'lastRegisteredAt',
  'lastSeenAt',
  'updatedAt',
]

/** Stored version lists and statuses of a cluster's subjects: what "unchanged" is judged against. */
export async function storedSubjectSignatures(payload: Payload, clusterId: number): Promise<Map<string, { signature: string; status: string }>> {
  const t = tableOf(payload, 'kafka_schemas')
  const rows = await drizzleOf(payload)
    .select({ subject: t.subject, versionList: t.versionList, status: t.status })
    .from(t)
    .where(sql`${t.cluster} = ${clusterId}`)
  return new Map(rows.map((r) => [r.subject, { signature: String(r.versionList ?? ''), status: r.status }]))
}

/** Registration times already stored for these subjects, so first-seen times survive re-syncs. */
export async function storedRegistrationTimes(payload: Payload, clusterId: number, subjects: string[]): Promise<Map<string, Map<number, string>>> {
  const s = tableOf(payload, 'kafka_schemas')
  const v = tableOf(payload, 'kafka_schema_versions')
  const out = new Map<string, Map<number, string>>()
  if (subjects.length === 0) return out
  const rows = await drizzleOf(payload)
    .select({ subject: s.subject, version: v.version, registeredAt: v.registeredAt })
    .from(v)
    .innerJoin(s, sql`${v.schema} = ${s.id}`)
    .where(sql`${s.cluster} = ${clusterId} AND ${s.subject} IN ${subjects}`)
  for (const row of rows) {
    if (!row.registeredAt) continue
    const map = out.get(row.subject) ?? new Map<number, string>()
    map.set(Number(row.version), new Date(row.registeredAt).toISOString())
    out.set(row.subject, map)
  }
  return out
}

/** Upserts subjects, then their versions, in bulk. Returns the number of rows written. */
export async function writeSubjects(payload: Payload, subjects: SubjectRows[]): Promise<{ schemas: number; versions: number }> {
  const ids = await bulkUpsert(
    payload,
    { table: 'kafka_schemas', conflict: ['cluster', 'subject'], update: SCHEMA_FIELDS, returning: ['id', 'subject'] },
    subjects.map((s) => s.schema),
  )
  const idBySubject = new Map(ids.map((r) => [r.subject, r.id]))
  const versions = subjects.flatMap((s) => s.versions.map((v) => ({ ...v, schema: idBySubject.get(String(s.schema.subject)) })))
  const ok = versions.filter((v) => v.status === 'synced')
  // Failed versions keep whatever content was stored before; only their status and error change.
  const failedColumns = ['schema', 'version', 'registeredAt', 'createdAt', ...VERSION_FIELDS_ON_FAILURE]
  const failed = versions
    .filter((v) => v.status === 'failed')
    .map((v) => Object.fromEntries(failedColumns.map((c) => [c, (v as Record<string, unknown>)[c] ?? null])))
  await bulkUpsert(payload, { table: 'kafka_schema_versions', conflict: ['schema', 'version'], update: VERSION_FIELDS_ON_SUCCESS }, ok)
  await bulkUpsert(payload, { table: 'kafka_schema_versions', conflict: ['schema', 'version'], update: VERSION_FIELDS_ON_FAILURE }, failed)
  return { schemas: subjects.length, versions: versions.length }
}

/** Subjects of this cluster missing from a complete listing become stale: kept, never deleted. */
export async function markMissingSubjectsStale(payload: Payload, clusterId: number, present: string[]): Promise<number> {
  const t = tableOf(payload, 'kafka_schemas')
  const stored = await storedSubjectSignatures(payload, clusterId)
  const presentSet = new Set(present)
  const missing = [...stored].filter(([subject, s]) => !presentSet.has(subject) && s.status !== 'stale').map(([subject]) => subject)
  if (missing.length === 0) return 0
  await drizzleOf(payload)
    .update(t)
    .set({ status: 'stale', updatedAt: nowIso() })
    .where(sql`${t.cluster} = ${clusterId} AND ${t.subject} IN ${missing}`)
  return missing.length
}
