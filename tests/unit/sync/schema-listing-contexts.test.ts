import { describe, expect, it } from 'vitest'

import type { SchemaRegistryClient } from '@/integrations/schema-registry'
import { listRegistry } from '@/sync/activities/schema-sync/list-subjects'

/** A Confluent registry with contexts: the plain listing holds the default context only. */
function confluentWithContexts() {
  const subjects: Record<string, string[]> = { '': ['orders-value'], ':.staging:': [':.staging:orders-value'] }
  const client = {
    detectFeatures: () => Promise.resolve({ deletedListing: true, mode: true, contexts: true, schemasListing: true, versionMetadata: false }),
    listContexts: () => Promise.resolve(['.', '.staging']),
    listSubjects: ({ subjectPrefix = '' }: { subjectPrefix?: string } = {}) => Promise.resolve(subjects[subjectPrefix] ?? []),
    listVersions: (subject: string) => Promise.resolve(subject.startsWith(':.staging:') ? [1, 2] : [1]),
    getGlobalCompatibility: () => Promise.resolve('BACKWARD' as const),
    getMode: () => Promise.resolve('READWRITE'),
  }
  return client as unknown as SchemaRegistryClient
}

describe('listing a registry with contexts', () => {
  it("adds every other context's subjects, named :.ctx:subject, and the global mode", async () => {
    const { listing } = await listRegistry(confluentWithContexts())
    expect(listing.subjects).toEqual([
      { subject: ':.staging:orders-value', versions: [1, 2], deletedVersions: [] },
      { subject: 'orders-value', versions: [1], deletedVersions: [] },
    ])
    expect(listing.globalMode).toBe('READWRITE')
  })
})
