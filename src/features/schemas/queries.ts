import type { Where } from 'payload'

import {
  checkCompatibility,
  diffSchemas,
  readReferences,
  resolveReferences,
  type CompatibilityVerdict,
  type ReferencedVersions,
  type SchemaChange,
  type SchemaReferenceContent,
} from '@/features/schemas/lib'
import { emptyIfForbidden } from '@/lib/forbidden'
import { ownershipWhere } from '@/lib/list-params'
import { asUser } from '@/lib/as-user'
import { getPayloadClient } from '@/lib/payload'
import type { KafkaSchema, KafkaSchemaVersion, User } from '@/payload-types'

import { referencedVersionsFor } from '@/features/schemas/reference-queries'
import { schemaDiffParams, schemaListParams, type SchemaListParams } from '@/features/schemas/search-params'

/**
 * Schema reads for pages. Every read runs through the collections' access
 * rules with the user (overrideAccess: false); filters are applied by the database, never in memory.
 */

export function schemaListWhere(params: Partial<SchemaListParams>): Where {
  const and: Where[] = ownershipWhere(params)
  if (params.search) and.push({ or: [{ subject: { like: params.search } }, { topicName: { like: params.search } }] })
  if (params.format) and.push({ format: { equals: params.format } })
  if (params.status) and.push({ status: { equals: params.status } })
  if (params.verdict === 'incompatible') and.push({ hasIncompatibleVersions: { equals: true } })
  if (params.verdict === 'compatible') and.push({ hasIncompatibleVersions: { not_equals: true } })
  return and.length ? { and } : {}
}

/** The list's filters on schema versions: each condition on the version's subject. */
function versionsOfSchemasWhere(params: Partial<SchemaListParams>): Where[] {
  const onSchema = (where: Where): Where => Object.fromEntries(Object.entries(where).map(([key, value]) => [`schema.${key}`, value]))
  const and: Where[] = ownershipWhere(params).map(onSchema)
  if (params.search) and.push({ or: [{ 'schema.subject': { like: params.search } }, { 'schema.topicName': { like: params.search } }] })
  return and
}

export async function getSchemas(user: User, input: unknown) {
  const params = schemaListParams.parse(input ?? {})
  const payload = await getPayloadClient()
  const read = payload.find({
    collection: 'kafka-schemas',
    where: schemaListWhere(params),
    sort: params.sort,
    page: params.page,
    limit: params.limit,
    depth: 1,
    select: {
      subject: true,
      cluster: true,
      workspace: true,
      virtualCluster: true,
      application: true,
      topicName: true,
      type: true,
      format: true,
      latestVersion: true,
      versionCount: true,
      compatibilityLevel: true,
      latestCompatible: true,
      hasIncompatibleVersions: true,
      status: true,
      softDeleted: true,
      lastRegisteredAt: true,
      lastError: true,
    },
    ...asUser(user),
  })
  return emptyIfForbidden(read, emptyPage(params))
}

function emptyPage(params: SchemaListParams) {
  return {
    docs: [],
    totalDocs: 0,
    totalPages: 0,
    page: params.page,
    limit: params.limit,
    pagingCounter: 0,
    hasPrevPage: false,
    hasNextPage: false,
    prevPage: null,
    nextPage: null,
  }
}

/** One schema, or null when it does not exist or the user may not see it (pages answer 404). */
export async function getSchema(user: User, id: number): Promise<KafkaSchema | null> {
  const payload = await getPayloadClient()
  const found = await emptyIfForbidden(payload.find({ collection: 'kafka-schemas', where: { id: { equals: id } }, limit: 1, depth: 1, ...asUser(user) }), {
    docs: [] as KafkaSchema[],
  })
  return found.docs[0] ?? null
}

export type SchemaVersionWithChanges = KafkaSchemaVersion & { changes: SchemaChange[] | null }

/**
 * Every version of a schema, newest first, each with its change list against the previous live
 * one; referenced schemas are resolved at the versions each references (as far as the user may read them).
 */
export async function getSchemaVersions(user: User, schemaId: number): Promise<SchemaVersionWithChanges[]> {
  const payload = await getPayloadClient()
  const versions = await emptyIfForbidden(
    payload.find({
      collection: 'kafka-schema-versions',
      where: { schema: { equals: schemaId } },
      sort: 'version',
      pagination: false,
      depth: 0,
      ...asUser(user),
    }),
    { docs: [] as KafkaSchemaVersion[] },
  )
  const referenced = await referencedVersionsFor(user, versions.docs)
  let previous: KafkaSchemaVersion | undefined
  const out: SchemaVersionWithChanges[] = []
  for (const version of versions.docs) {
    out.push({ ...version, changes: previous ? safeDiff(previous, version, referenced) : null })
    if (version.status === 'synced' && !version.softDeleted) previous = version
  }
  return out.reverse()
}

export type SchemaVersionDiff = {
  left: KafkaSchemaVersion
  right: KafkaSchemaVersion
  changes: SchemaChange[]
  verdict: CompatibilityVerdict | null
}

/** Field-level changes between any two versions and the right one's verdict against the left. */
export async function getSchemaVersionDiff(user: User, schemaId: number, input: unknown): Promise<SchemaVersionDiff | null> {
  const { left, right } = schemaDiffParams.parse(input)
  const schema = await getSchema(user, schemaId)
  if (!schema) return null
  const payload = await getPayloadClient()
  const found = await payload.find({
    collection: 'kafka-schema-versions',
    where: { and: [{ schema: { equals: schemaId } }, { version: { in: [left, right] } }] },
    depth: 0,
    pagination: false,
    ...asUser(user),
  })
  const byVersion = new Map(found.docs.map((v) => [v.version, v]))
  const l = byVersion.get(left)
  const r = byVersion.get(right)
  if (!l || !r) return null
  const format = r.format ?? schema.format
  const level = schema.compatibilityLevel ?? 'NONE'
  const referenced = await referencedVersionsFor(user, [l, r])
  let verdict: CompatibilityVerdict | null = null
  try {
    verdict =
      l.content && r.content
        ? checkCompatibility(
            format,
            level,
            r.content,
            [{ version: l.version, content: l.content, references: referencesOf(l, referenced) }],
            referencesOf(r, referenced),
          )
        : null
  } catch {
    verdict = null
  }
  return { left: l, right: r, changes: safeDiff(l, r, referenced) ?? [], verdict }
}

export async function getSchemaSummary(user: User, input: unknown = {}) {
  const params = schemaListParams.parse(input ?? {})
  const payload = await getPayloadClient()
  const base = schemaListWhere({ ...params, format: undefined, status: undefined, verdict: undefined })
  const count = async (extra?: Where) =>
    (await emptyIfForbidden(payload.count({ collection: 'kafka-schemas', where: extra ? { and: [base, extra] } : base, ...asUser(user) }), { totalDocs: 0 }))
      .totalDocs
  const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString()
  // Breaking changes: versions registered this week that are incompatible with their predecessor(s).
  const breaking = payload.count({
    collection: 'kafka-schema-versions',
    where: {
      and: [
        ...versionsOfSchemasWhere(params),
        { isCompatible: { equals: false } },
        { status: { equals: 'synced' } },
        { softDeleted: { not_equals: true } },
        { registeredAt: { greater_than: weekAgo } },
      ],
    },
    ...asUser(user),
  })
  const [total, avro, protobuf, json, failed, stale, changedThisWeek, incompatible, breakingThisWeek] = await Promise.all([
    count(),
    count({ format: { equals: 'avro' } }),
    count({ format: { equals: 'protobuf' } }),
    count({ format: { equals: 'json' } }),
    count({ status: { equals: 'failed' } }),
    count({ status: { equals: 'stale' } }),
    count({ lastRegisteredAt: { greater_than: weekAgo } }),
    count({ hasIncompatibleVersions: { equals: true } }),
    emptyIfForbidden(breaking, { totalDocs: 0 }).then((r) => r.totalDocs),
  ])
  return { total, byFormat: { avro, protobuf, json }, failed, stale, changedThisWeek, incompatible, breakingThisWeek }
}

function referencesOf(version: KafkaSchemaVersion, referenced: ReferencedVersions): SchemaReferenceContent[] {
  return resolveReferences(readReferences(version.references), referenced).contents
}

function safeDiff(left: KafkaSchemaVersion, right: KafkaSchemaVersion, referenced: ReferencedVersions): SchemaChange[] | null {
  if (!left.content || !right.content || !right.format) return null
  try {
    return diffSchemas(right.format, left.content, right.content, referencesOf(left, referenced), referencesOf(right, referenced))
  } catch {
    return null
  }
}
