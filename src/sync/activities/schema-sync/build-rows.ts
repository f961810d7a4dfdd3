import {
  evaluateSubjectCompatibility,
  referencedSubjectsText,
  resolveReferences,
  schemaFingerprint,
  type ReferencedVersions,
  type SchemaFormat,
} from '@/features/schemas/lib'
import { subjectContext } from '@/features/schemas/lib/subject-context'
import type { SubjectOwner } from '@/sync/ownership'

import type { FetchedSubject, FetchedVersion } from '@/sync/activities/schema-sync/fetch-subject'
import { listingSignature, type SubjectListing } from '@/sync/activities/schema-sync/types'

const FORMATS: Record<'AVRO' | 'PROTOBUF' | 'JSON', SchemaFormat> = { AVRO: 'avro', PROTOBUF: 'protobuf', JSON: 'json' }

type Ok = Extract<FetchedVersion, { ok: true }>
export type VersionRow = Record<string, unknown> & { version: number; status: 'synced' | 'failed' }
export type SubjectRows = { schema: Record<string, unknown>; versions: VersionRow[]; failedVersions: number; errors: string[] }

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Pure: the kafka-schemas row and the kafka-schema-versions rows of one fetched subject.
 * `firstSeen` holds registration times already stored (version -> ISO); new versions get `now`
 * unless the registry reported a time. Versions that fail to fetch or parse become failed rows.
 * References resolve through `referenced` (transitively); a version whose references are not
 * all there keeps the texts the fetch brought.
 */
export function buildSubjectRows(args: {
  clusterId: number
  listing: SubjectListing
  fetched: FetchedSubject
  owner: SubjectOwner
  firstSeen: Map<number, string>
  now: string
  referenced?: ReferencedVersions
}): SubjectRows {
  const { clusterId, listing, fetched, owner, firstSeen, now } = args
  const referencesOf = (v: Ok) => {
    const resolved = resolveReferences(v.references, args.referenced ?? new Map())
    return resolved.missing.length === 0 ? resolved.contents : v.referenceContents
  }
  const errors: string[] = []
  const fingerprints = new Map<number, string>()
  const parsed: Ok[] = []
  for (const v of fetched.versions) {
    if (!v.ok) {
      errors.push(`version ${v.version}: ${v.error}`)
      continue
    }
    try {
      fingerprints.set(v.version, schemaFingerprint(FORMATS[v.schemaType], v.schema, referencesOf(v)))
      parsed.push(v)
    } catch (error) {
      errors.push(`version ${v.version}: ${message(error)}`)
    }
  }
  const parseErrors = new Map(errors.map((e) => [Number(/^version (\d+)/.exec(e)?.[1]), e.replace(/^version \d+: /, '')]))

  const live = parsed.filter((v) => !v.softDeleted)
  const latest = live.at(-1) ?? parsed.at(-1)
  // A subject none of whose versions parse keeps the type the registry gave it (never shown as Avro).
  const fetchedOk = fetched.versions.filter((v): v is Ok => v.ok)
  const typed = latest ?? fetchedOk.filter((v) => !v.softDeleted).at(-1) ?? fetchedOk.at(-1)
  const format = typed ? FORMATS[typed.schemaType] : 'avro'
  const verdicts = safeVerdicts(format, fetched.compatibility, live, referencesOf)
  const latestVerdict = latest && !latest.softDeleted ? verdicts.get(latest.version) : undefined
  const registeredAt = (v: FetchedVersion) => (v.ok && v.registeredAt) || firstSeen.get(v.version) || now

  const versions: VersionRow[] = fetched.versions.map((v) => {
    const common = {
      cluster: clusterId,
      workspace: owner.workspace,
      version: v.version,
      softDeleted: v.softDeleted,
      registeredAt: registeredAt(v),
      syncedAt: now,
      updatedAt: now,
      createdAt: now,
    }
    const failure = !v.ok ? v.error : parseErrors.get(v.version)
    if (!v.ok || failure) return { ...common, status: 'failed', error: failure ?? 'unknown error' }
    const verdict = verdicts.get(v.version)
    return {
      ...common,
      status: 'synced',
      error: null,
      registrySchemaId: v.id,
      format: FORMATS[v.schemaType],
      content: v.schema,
      fingerprint: fingerprints.get(v.version),
      references: v.references,
      referencedSubjects: referencedSubjectsText(v.references),
      compatibilityMode: fetched.compatibility,
      isCompatible: verdict ? verdict.compatible : null,
      compatibilityReasons: verdict?.reasons ?? null,
      guid: v.guid ?? null,
      schemaMetadata: v.metadata ?? null,
      ruleSet: v.ruleSet ?? null,
    }
  })

  const times = versions.map((v) => String(v.registeredAt)).sort()
  const schema = {
    subject: listing.subject,
    cluster: clusterId,
    workspace: owner.workspace,
    virtualCluster: owner.virtualCluster,
    application: owner.application,
    topic: owner.topic,
    topicName: owner.topicName,
    type: owner.type,
    format,
    content: latest?.schema ?? null,
    registrySchemaId: latest?.id ?? null,
    latestVersion: listing.versions.length ? Math.max(...listing.versions) : null,
    versionCount: listing.versions.length,
    versionList: listingSignature(listing),
    compatibilityLevel: fetched.compatibility,
    latestCompatible: latestVerdict ? latestVerdict.compatible : null,
    hasIncompatibleVersions: live.some((v) => verdicts.get(v.version)?.compatible === false),
    mode: fetched.mode,
    context: subjectContext(listing.subject),
    status: parsed.length === 0 && fetched.versions.length > 0 ? 'failed' : 'registered',
    softDeleted: listing.versions.length === 0,
    lastError: errors.length ? errors.join('\n') : null,
    firstRegisteredAt: times[0] ?? null,
    lastRegisteredAt: times.at(-1) ?? null,
    lastSeenAt: now,
    updatedAt: now,
    createdAt: now,
  }
  return { schema, versions, failedVersions: errors.length, errors: errors.map((e) => `${listing.subject} ${e}`) }
}

/** Compatibility never blocks a sync: if evaluation itself fails, versions stay "not evaluated". */
function safeVerdicts(format: SchemaFormat, level: FetchedSubject['compatibility'], live: Ok[], referencesOf: (v: Ok) => Ok['referenceContents']) {
  // Under NONE there is nothing to check, and every live version here already parsed.
  if (level === 'NONE') return new Map(live.map((v) => [v.version, { compatible: true, reasons: [] as string[] }]))
  try {
    return evaluateSubjectCompatibility(
      format,
      level,
      live.map((v) => ({ version: v.version, content: v.schema, references: referencesOf(v) })),
    )
  } catch {
    return new Map<number, { compatible: boolean; reasons: string[] }>()
  }
}
