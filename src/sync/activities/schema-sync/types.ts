import type { CompatibilityLevel } from '@/features/schemas/lib/types'

/** One subject as the registry lists it: live versions and soft-deleted ones. */
export type SubjectListing = {
  subject: string
  versions: number[]
  deletedVersions: number[]
}

export type RegistryListing = {
  subjects: SubjectListing[]
  globalCompatibility: CompatibilityLevel
  /** Null (or absent) when the registry has no /mode. */
  globalMode?: string | null
}

/**
 * What the listing step hands the workflow: counts and registry-wide settings. The listing itself
 * stays staged under the run (staged-listing.ts): Temporal limits each payload of a workflow's
 * history to 2 MB, which some 25,000 subjects' names and versions reach.
 */
export type ListingHandle = Omit<RegistryListing, 'subjects'> & { subjects: number }

/** What one batch returns: counts, the first ERRORS_SHOWN errors and how many there were. */
export type SubjectBatchResult = {
  subjectsWritten: number
  versionsWritten: number
  failedVersions: number
  failedSubjects: number
  errors: string[]
  errorCount: number
}

/** What the DB stores to decide "unchanged": the version list and which versions are soft-deleted. */
export function listingSignature(listing: SubjectListing): string {
  const deleted = new Set(listing.deletedVersions)
  const all = [...new Set([...listing.versions, ...listing.deletedVersions])].sort((a, b) => a - b)
  return all.map((v) => (deleted.has(v) ? `${v}d` : String(v))).join(',')
}
