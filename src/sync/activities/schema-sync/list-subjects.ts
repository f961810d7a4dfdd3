import type { SchemaRegistryClient } from '@/integrations/schema-registry'

import { contextName, DEFAULT_CONTEXT } from '@/features/schemas/lib/subject-context'
import type { RegistryListing, SubjectListing } from '@/sync/activities/schema-sync/types'

/**
 * Lists every subject, soft-deleted ones included, with live and soft-deleted versions.
 * Throws when any part of the listing fails: a partial listing must never mark anything stale.
 * Uses a registry-wide version listing when the registry has one (a few requests instead of two
 * per subject), checked against the Confluent subject listing; else lists per subject.
 */
export type RegistrationTimes = Map<string, Map<number, string>>
/** Subject -> version -> the schema id the Confluent API answers for it. */
export type SchemaIds = Map<string, Map<number, number>>

export async function listRegistry(
  client: SchemaRegistryClient,
): Promise<{ listing: RegistryListing; registeredAt: RegistrationTimes | null; schemaIds: SchemaIds | null }> {
  const features = await client.detectFeatures()
  const [defaultLive, defaultWithDeleted, inContexts, globalCompatibility, globalMode, everything] = await Promise.all([
    client.listSubjects(),
    features.deletedListing ? client.listSubjects({ deleted: true }) : Promise.resolve([] as string[]),
    features.contexts ? listOtherContexts(client, features.deletedListing) : Promise.resolve({ live: [], withDeleted: [] }),
    client.getGlobalCompatibility(),
    features.mode ? client.getMode() : Promise.resolve(null),
    features.versionMetadata ? client.listAllVersions() : Promise.resolve(null),
  ])
  const live = [...defaultLive, ...inContexts.live]
  const withDeleted = [...defaultWithDeleted, ...inContexts.withDeleted]
  const names = [...new Set([...live, ...withDeleted])].sort()
  if (everything && sameSubjects(names, everything)) {
    const subjects = names.map((subject): SubjectListing => {
      const found = everything.get(subject)!
      return { subject, versions: found.versions, deletedVersions: found.deletedVersions }
    })
    // Registration times and ids stay out of the listing, which is staged for the run's batches;
    // the caller keeps them in memory for the fetch that follows.
    const registeredAt = new Map([...everything].map(([subject, v]) => [subject, v.createdOn]))
    const schemaIds = new Map([...everything].map(([subject, v]) => [subject, v.contentIds]))
    return { listing: { subjects, globalCompatibility, globalMode }, registeredAt, schemaIds: (await idsAgree(client, schemaIds)) ? schemaIds : null }
  }
  const liveSet = new Set(live)
  const subjects = await Promise.all(
    names.map(async (subject): Promise<SubjectListing> => {
      const [versions, all] = await Promise.all([
        liveSet.has(subject) ? client.listVersions(subject) : Promise.resolve([] as number[]),
        features.deletedListing ? client.listVersions(subject, { deleted: true }) : Promise.resolve([] as number[]),
      ])
      const liveVersions = new Set(versions)
      return { subject, versions, deletedVersions: all.filter((v) => !liveVersions.has(v)) }
    }),
  )
  return { listing: { subjects, globalCompatibility, globalMode }, registeredAt: null, schemaIds: null }
}

/**
 * Whether fetching by content id pays and is right: only when versions share content, and only
 * when the Confluent API answers content ids as schema ids (Apicurio's legacy id mode answers
 * global ids). Two versions sharing one content are asked for: their global ids differ, so at
 * least one of them tells the modes apart.
 */
async function idsAgree(client: SchemaRegistryClient, ids: SchemaIds): Promise<boolean> {
  const firstWith = new Map<number, { subject: string; version: number }>()
  let pair: { subject: string; version: number; id: number }[] | undefined
  for (const [subject, versions] of ids) {
    for (const [version, id] of versions) {
      const first = firstWith.get(id)
      if (first && !pair)
        pair = [
          { ...first, id },
          { subject, version, id },
        ]
      else firstWith.set(id, { subject, version })
    }
    if (pair) break
  }
  if (!pair) return false
  try {
    const answers = await Promise.all(pair.map((p) => client.getVersion(p.subject, p.version, { deleted: true })))
    return answers.every((answer, i) => answer.id === pair[i]!.id)
  } catch {
    return false
  }
}

/**
 * Subjects of the contexts other than the default one, named `:.ctx:subject` as the registry
 * lists them (Confluent's plain listing holds the default context only).
 */
async function listOtherContexts(client: SchemaRegistryClient, deletedListing: boolean): Promise<{ live: string[]; withDeleted: string[] }> {
  const others = (await client.listContexts()).map(contextName).filter((name) => name !== DEFAULT_CONTEXT)
  const lists = await Promise.all(
    others.map(async (name) => {
      const prefix = `:${name}:`
      const [live, withDeleted] = await Promise.all([
        client.listSubjects({ subjectPrefix: prefix }),
        deletedListing ? client.listSubjects({ deleted: true, subjectPrefix: prefix }) : Promise.resolve([] as string[]),
      ])
      // A registry that ignores the prefix answers the default context again: keep only the context's.
      const own = (subject: string) => subject.startsWith(prefix)
      return { live: live.filter(own), withDeleted: withDeleted.filter(own) }
    }),
  )
  return { live: lists.flatMap((l) => l.live), withDeleted: lists.flatMap((l) => l.withDeleted) }
}

function sameSubjects(names: string[], everything: Map<string, unknown>): boolean {
  return names.length === everything.size && names.every((name) => everything.has(name))
}
