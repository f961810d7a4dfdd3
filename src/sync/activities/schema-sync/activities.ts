import type { Payload } from 'payload'

import type { SchemaById, SchemaRegistryAuth, SchemaRegistryClient } from '@/integrations/schema-registry'
import { loadOwnership } from '@/sync/activities/ownership'
import { ownershipSignature, reownIfMovedDuring } from '@/sync/reown/moved-during'
import { loadClusterConnection } from '@/sync/cluster-connection'
import { ERRORS_SHOWN } from '@/sync/shared/batch-errors'

import { buildSubjectRows } from '@/sync/activities/schema-sync/build-rows'
import { fetchSubject } from '@/sync/activities/schema-sync/fetch-subject'
import { referencedVersionsOf } from '@/sync/activities/schema-sync/referenced-versions'
import { listRegistry, type RegistrationTimes, type SchemaIds } from '@/sync/activities/schema-sync/list-subjects'
import { markMissingSubjectsStale, storedRegistrationTimes, storedSubjectSignatures, writeSubjects } from '@/sync/activities/schema-sync/store'
import { stageBatches, stagedBatch, stagedListing, stageListing } from '@/sync/activities/schema-sync/staged-listing'
import { type ListingHandle, listingSignature, type RegistryListing, type SubjectBatchResult } from '@/sync/activities/schema-sync/types'

export type RegistryClientFactory = (clusterId: number) => Promise<SchemaRegistryClient>

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** What the last listing told about versions is reused by the fetches of the same run for this long. */
const LISTING_FACTS_TTL_MS = 10 * 60_000

/**
 * Per cluster, from the last listing: registration times, schema ids where fetching by id pays,
 * and the payloads already fetched by id in this run (versions sharing content are fetched once).
 */
type ListingFacts = { at: number; times: RegistrationTimes | null; ids: SchemaIds | null; byId: Map<number, Promise<SchemaById>> }

export function createSchemaSyncActivities(payload: Payload, registryClient: RegistryClientFactory) {
  // Per process: under Temporal another worker may run the fetch; it then asks per version.
  const listingFacts = new Map<number, ListingFacts>()
  const cachedFacts = (clusterId: number) => {
    const entry = listingFacts.get(clusterId)
    return entry && Date.now() - entry.at < LISTING_FACTS_TTL_MS ? entry : undefined
  }

  return {
    /** Lists the registry and stages the listing under the run; returns its size and the registry-wide settings. */
    async listRegistrySubjects({ clusterId, runId }: { clusterId: number; runId: number }): Promise<ListingHandle> {
      const { listing, registeredAt, schemaIds } = await listRegistry(await registryClient(clusterId))
      listingFacts.set(clusterId, { at: Date.now(), times: registeredAt, ids: schemaIds, byId: new Map() })
      await stageListing(payload, runId, listing.subjects)
      const { subjects, ...settings } = listing
      return { ...settings, subjects: subjects.length }
    },

    /**
     * Subjects whose version list changed (or that are new, failed or stale): only these are
     * fetched. Staged as the run's batches; returns how many subjects and batches.
     */
    async planSchemaSync({ clusterId, runId }: { clusterId: number; runId: number }): Promise<{ changed: number; batches: number }> {
      const [subjects, stored] = await Promise.all([stagedListing(payload, runId), storedSubjectSignatures(payload, clusterId)])
      const changed = subjects.filter((s) => {
        const known = stored.get(s.subject)
        return !known || known.status !== 'registered' || known.signature !== listingSignature(s)
      })
      return { changed: changed.length, batches: await stageBatches(payload, runId, changed) }
    },

    /** Fetches, evaluates and stores one staged batch of subjects; one bad subject never stops the others. */
    async syncSchemaSubjects(input: {
      clusterId: number
      runId: number
      batch: number
      globalCompatibility: RegistryListing['globalCompatibility']
      globalMode?: RegistryListing['globalMode']
    }): Promise<SubjectBatchResult> {
      const { clusterId, runId, batch, globalCompatibility, globalMode = null } = input
      const subjects = await stagedBatch(payload, runId, batch)
      const client = await registryClient(clusterId)
      const ownedBy = await ownershipSignature(payload, clusterId)
      const [ownership, firstSeen] = await Promise.all([
        loadOwnership(payload, clusterId),
        storedRegistrationTimes(
          payload,
          clusterId,
          subjects.map((s) => s.subject),
        ),
      ])
      const referenceCache = new Map<string, Promise<string>>()
      const facts = cachedFacts(clusterId)
      const now = new Date().toISOString()
      const errors: string[] = []
      let failedSubjects = 0
      const fetched = await Promise.all(
        subjects.map(async (listing) => {
          try {
            return {
              listing,
              fetched: await fetchSubject(
                client,
                listing,
                globalCompatibility,
                referenceCache,
                { registeredAt: facts?.times?.get(listing.subject), ids: facts?.ids?.get(listing.subject), byId: facts?.byId },
                globalMode,
              ),
            }
          } catch (error) {
            failedSubjects += 1
            errors.push(`${listing.subject}: ${message(error)}`)
            return null
          }
        }),
      )
      const ok = fetched.filter((f) => f !== null)
      const referenced = await referencedVersionsOf(
        payload,
        client,
        clusterId,
        ok.map((f) => f.fetched),
      )
      const rows = ok.flatMap(({ listing, fetched }) => {
        try {
          const owner = ownership.ownerOfSubject(listing.subject)
          return [buildSubjectRows({ clusterId, listing, fetched, owner, firstSeen: firstSeen.get(listing.subject) ?? new Map(), now, referenced })]
        } catch (error) {
          failedSubjects += 1
          errors.push(`${listing.subject}: ${message(error)}`)
          return []
        }
      })
      const written = await writeSubjects(payload, rows)
      await reownIfMovedDuring(payload, clusterId, ownedBy) // owners above may predate a change of virtual clusters
      const failedVersions = rows.reduce((n, r) => n + r.failedVersions, 0)
      const allErrors = [...errors, ...rows.flatMap((r) => r.errors)]
      return {
        subjectsWritten: written.schemas,
        versionsWritten: written.versions,
        failedVersions,
        failedSubjects,
        errors: allErrors.slice(0, ERRORS_SHOWN),
        errorCount: allErrors.length,
      }
    },

    /** Marks stale the cluster's subjects missing from the run's staged listing. */
    async markStaleSchemas({ clusterId, runId }: { clusterId: number; runId: number }): Promise<{ stale: number }> {
      const present = (await stagedListing(payload, runId)).map((s) => s.subject)
      return { stale: await markMissingSubjectsStale(payload, clusterId, present) }
    },
  }
}

/** Registry clients are reused across runs, keyed by cluster and its settings. */
export function cachedRegistryClients(
  payload: Payload,
  create: (options: { baseUrl: string; auth?: SchemaRegistryAuth }) => SchemaRegistryClient,
): RegistryClientFactory {
  const cache = new Map<string, SchemaRegistryClient>()
  return async (clusterId) => {
    const connection = await loadClusterConnection(payload, clusterId)
    if (!connection.schemaRegistry) throw new Error(`cluster ${connection.name} has no Schema Registry URL`)
    const key = JSON.stringify([clusterId, connection.schemaRegistry])
    let client = cache.get(key)
    if (!client) {
      client = create({ baseUrl: connection.schemaRegistry.url, auth: connection.schemaRegistry.auth })
      cache.set(key, client)
    }
    return client
  }
}
