import type { SchemaRegistryClient } from '@/integrations/schema-registry'

import type { RegistryListing, SubjectListing } from './types'

/**
 * Lists every subject, soft-deleted ones included, with live and soft-deleted versions.
 * Throws when any part of the listing fails: a partial listing must never mark anything stale.
 */
export async function listRegistry(client: SchemaRegistryClient): Promise<RegistryListing> {
  const features = await client.detectFeatures()
  const [live, withDeleted, globalCompatibility] = await Promise.all([
    client.listSubjects(),
    features.deletedListing ? client.listSubjects({ deleted: true }) : Promise.resolve([] as string[]),
    client.getGlobalCompatibility(),
  ])
  const liveSet = new Set(live)
  const names = [...new Set([...live, ...withDeleted])].sort()
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
  return { subjects, globalCompatibility }
}
