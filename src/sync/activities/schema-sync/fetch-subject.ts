import type { CompatibilityLevel, SchemaReferenceContent } from '@/features/schemas/lib'
import type { RuleSet, SchemaById, SchemaMetadata, SchemaRegistryClient, SchemaVersion } from '@/integrations/schema-registry'

import type { SubjectListing } from '@/sync/activities/schema-sync/types'

export type FetchedVersion =
  | {
      version: number
      ok: true
      id: number
      schemaType: 'AVRO' | 'PROTOBUF' | 'JSON'
      schema: string
      references: { name: string; subject: string; version: number }[]
      referenceContents: SchemaReferenceContent[]
      softDeleted: boolean
      registeredAt?: string
      guid?: string
      metadata?: SchemaMetadata
      ruleSet?: RuleSet
    }
  | { version: number; ok: false; error: string; softDeleted: boolean }

export type FetchedSubject = {
  subject: string
  compatibility: CompatibilityLevel
  /** The subject's mode, else the global one; null when the registry has no modes. */
  mode: string | null
  versions: FetchedVersion[]
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** What the run's listing already told about this subject's versions. */
export type KnownVersions = {
  registeredAt?: Map<number, string>
  /** version -> schema id: the payload is then fetched by id, once per id through `byId`. */
  ids?: Map<number, number>
  byId?: Map<number, Promise<SchemaById>>
}

/**
 * Fetches one subject's level and every version's payload (soft-deleted ones included).
 * A version that fails is returned as failed with its error; the others still come back.
 * Referenced schemas are fetched once per call through `referenceCache`.
 */
export async function fetchSubject(
  client: SchemaRegistryClient,
  listing: SubjectListing,
  globalCompatibility: CompatibilityLevel,
  referenceCache: Map<string, Promise<string>>,
  known: KnownVersions = {},
  globalMode: string | null = null,
): Promise<FetchedSubject> {
  const knownRegistrationTimes = known.registeredAt
  const deleted = new Set(listing.deletedVersions)
  const all = [...listing.versions, ...listing.deletedVersions].sort((a, b) => a - b)
  const [subjectLevel, subjectMode, metadata, versions] = await Promise.all([
    client.getSubjectCompatibility(listing.subject),
    // Modes are informative: a registry without /mode is not asked, and a failure never fails the subject.
    globalMode === null ? Promise.resolve(null) : client.getSubjectMode(listing.subject).catch(() => null),
    // Registration times: from this run's listing, else one request per changed subject where the
    // registry exposes them; else the sync records when it first saw the version.
    knownRegistrationTimes
      ? new Map([...knownRegistrationTimes].map(([version, createdOn]) => [version, { createdOn }]))
      : client.listVersionMetadata(listing.subject).catch(() => new Map<number, { createdOn?: string }>()),
    Promise.all(
      all.map(async (version): Promise<FetchedVersion> => {
        const softDeleted = deleted.has(version)
        try {
          const payload = await versionPayload(client, listing.subject, version, softDeleted, known)
          const referenceContents = await Promise.all(
            payload.references.map(async (ref) => ({ ...ref, content: await referenced(client, ref, referenceCache) })),
          )
          return { ...payload, ok: true, softDeleted, referenceContents }
        } catch (error) {
          return { version, ok: false, softDeleted, error: message(error) }
        }
      }),
    ),
  ])
  for (const v of versions) {
    const createdOn = metadata.get(v.version)?.createdOn
    if (v.ok && !v.registeredAt && createdOn) v.registeredAt = new Date(createdOn).toISOString()
  }
  return { subject: listing.subject, compatibility: subjectLevel ?? globalCompatibility, mode: subjectMode ?? globalMode, versions }
}

/** By id when the listing knew it (shared across subjects; per version if that fails), else per version. */
async function versionPayload(
  client: SchemaRegistryClient,
  subject: string,
  version: number,
  softDeleted: boolean,
  known: KnownVersions,
): Promise<SchemaVersion> {
  const id = known.ids?.get(version)
  if (id === undefined || !known.byId) return client.getVersion(subject, version, { deleted: softDeleted })
  let found = known.byId.get(id)
  if (!found) {
    found = client.getSchemaById(id)
    known.byId.set(id, found)
  }
  try {
    return { ...(await found), subject, version }
  } catch {
    return client.getVersion(subject, version, { deleted: softDeleted })
  }
}

function referenced(client: SchemaRegistryClient, ref: { subject: string; version: number }, cache: Map<string, Promise<string>>): Promise<string> {
  const key = `${ref.subject}\u0000${ref.version}`
  let content = cache.get(key)
  if (!content) {
    content = client.getVersion(ref.subject, ref.version, { deleted: true }).then((v) => v.schema)
    cache.set(key, content)
  }
  return content
}
