import type { Payload } from 'payload'

import {
  loadReferencedVersions,
  readReferences,
  referenceKey,
  type ReferencedVersion,
  type ReferencedVersions,
  type SchemaReference,
} from '@/features/schemas/lib'
import type { SchemaRegistryClient } from '@/integrations/schema-registry'
import { drizzleOf, sql, tableOf } from '@/sync/db/raw'

import type { FetchedSubject } from '@/sync/activities/schema-sync/fetch-subject'

/**
 * Every version the fetched subjects reference, transitively: the versions fetched in this batch
 * first, then the stored ones of the cluster (one query per depth level, never per reference),
 * then, for what neither holds (a subject synced in a later batch), the registry, once per
 * missing version; last, the referenced texts the fetch brought (direct references only).
 */
export async function referencedVersionsOf(
  payload: Payload,
  client: SchemaRegistryClient,
  clusterId: number,
  fetched: FetchedSubject[],
): Promise<ReferencedVersions> {
  const inBatch: ReferencedVersions = new Map()
  const roots: SchemaReference[] = []
  for (const subject of fetched) {
    for (const v of subject.versions) {
      if (!v.ok) continue
      inBatch.set(referenceKey(subject.subject, v.version), { subject: subject.subject, version: v.version, content: v.schema, references: v.references })
      roots.push(...v.references)
    }
  }
  if (roots.length === 0) return inBatch
  const readBatch = async (refs: SchemaReference[]) => {
    const stored = await storedVersions(payload, clusterId, refs)
    const have = new Set(stored.map((v) => referenceKey(v.subject, v.version)))
    const fromRegistry = await Promise.all(refs.filter((ref) => !have.has(referenceKey(ref.subject, ref.version))).map((ref) => registryVersion(client, ref)))
    return [...stored, ...fromRegistry.filter((v) => v !== null)]
  }
  const found = await loadReferencedVersions(roots, readBatch, inBatch)
  for (const subject of fetched) {
    for (const v of subject.versions) {
      if (!v.ok) continue
      for (const ref of v.referenceContents) {
        const key = referenceKey(ref.subject ?? '', ref.version ?? 0)
        if (ref.subject && ref.version && !found.has(key)) found.set(key, { subject: ref.subject, version: ref.version, content: ref.content, references: [] })
      }
    }
  }
  return found
}

/** Synced versions of this cluster with the given (subject, version) pairs, in one query. */
async function storedVersions(payload: Payload, clusterId: number, refs: SchemaReference[]): Promise<ReferencedVersion[]> {
  const s = tableOf(payload, 'kafka_schemas')
  const v = tableOf(payload, 'kafka_schema_versions')
  const subjects = [...new Set(refs.map((ref) => ref.subject))]
  const versions = [...new Set(refs.map((ref) => ref.version))]
  const wanted = new Set(refs.map((ref) => referenceKey(ref.subject, ref.version)))
  const rows = await drizzleOf(payload)
    .select({ subject: s.subject, version: v.version, content: v.content, references: v.references })
    .from(v)
    .innerJoin(s, sql`${v.schema} = ${s.id}`)
    .where(sql`${s.cluster} = ${clusterId} AND ${s.subject} IN ${subjects} AND ${v.version} IN ${versions} AND ${v.status} = 'synced'`)
  return rows
    .map((row) => ({ subject: row.subject, version: Number(row.version), content: row.content ?? '', references: readReferences(row.references) }))
    .filter((row) => row.content !== '' && wanted.has(referenceKey(row.subject, row.version)))
}

async function registryVersion(client: SchemaRegistryClient, ref: SchemaReference): Promise<ReferencedVersion | null> {
  try {
    const v = await client.getVersion(ref.subject, ref.version, { deleted: true })
    return { subject: ref.subject, version: ref.version, content: v.schema, references: v.references }
  } catch {
    return null // the version stays unresolved; the build falls back to the fetched texts
  }
}
