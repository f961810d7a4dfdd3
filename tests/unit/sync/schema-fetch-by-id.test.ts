import { describe, expect, it } from 'vitest'

import type { SchemaById, SchemaRegistryClient, SchemaVersion } from '@/integrations/schema-registry'
import type { SubjectVersions } from '@/integrations/schema-registry/apicurio'
import { fetchSubject } from '@/sync/activities/schema-sync/fetch-subject'
import { listRegistry } from '@/sync/activities/schema-sync/list-subjects'

const JSON_SCHEMA = '{"type":"object"}'

/** A registry double for the calls the schema sync makes; counts the by-id and per-version fetches. */
function fakeClient(listing: Map<string, SubjectVersions>, idOfVersion: (subject: string, version: number) => number) {
  const calls = { byId: [] as number[], byVersion: [] as string[] }
  const client = {
    detectFeatures: () => Promise.resolve({ deletedListing: true, mode: false, contexts: false, schemasListing: false, versionMetadata: true }),
    listSubjects: () => Promise.resolve([...listing.keys()]),
    getGlobalCompatibility: () => Promise.resolve('NONE' as const),
    listAllVersions: () => Promise.resolve(listing),
    getSubjectCompatibility: () => Promise.resolve(null),
    getSubjectMode: () => Promise.resolve(null),
    listVersionMetadata: () => Promise.resolve(new Map()),
    getSchemaById(id: number): Promise<SchemaById> {
      calls.byId.push(id)
      return Promise.resolve({ id, schemaType: 'JSON', schema: JSON_SCHEMA, references: [] })
    },
    getVersion(subject: string, version: number): Promise<SchemaVersion> {
      calls.byVersion.push(`${subject}@${version}`)
      return Promise.resolve({ subject, version, id: idOfVersion(subject, version), schemaType: 'JSON', schema: JSON_SCHEMA, references: [] })
    },
  }
  return { client: client as unknown as SchemaRegistryClient, calls }
}

const versions = (contentIds: number[]): SubjectVersions => ({
  versions: contentIds.map((_, i) => i + 1),
  deletedVersions: [],
  createdOn: new Map(),
  contentIds: new Map(contentIds.map((id, i) => [i + 1, id])),
})

describe('schema payloads fetched by content id', () => {
  // Two subjects registering the same two documents: Apicurio gives them the same content ids.
  const listing = new Map([
    ['a-value', versions([7, 8])],
    ['b-value', versions([7, 8])],
  ])

  it('uses the ids once the registry confirms they are its schema ids, and fetches each content once', async () => {
    const { client, calls } = fakeClient(listing, (subject, version) => listing.get(subject)!.contentIds.get(version)!)
    const { listing: registry, schemaIds } = await listRegistry(client)
    expect(schemaIds?.get('b-value')).toEqual(
      new Map([
        [1, 7],
        [2, 8],
      ]),
    )
    calls.byVersion.length = 0
    const byId = new Map<number, Promise<SchemaById>>()
    const fetched = await Promise.all(registry.subjects.map((s) => fetchSubject(client, s, 'NONE', new Map(), { ids: schemaIds?.get(s.subject), byId })))
    expect(calls.byId.sort()).toEqual([7, 8])
    expect(calls.byVersion).toEqual([])
    expect(fetched[1]!.versions[1]).toMatchObject({ ok: true, version: 2, id: 8, schemaType: 'JSON', schema: JSON_SCHEMA })
  })

  it('ignores the ids when the registry answers other ids (Apicurio legacy id mode: global ids)', async () => {
    const { client } = fakeClient(listing, (subject, version) => (subject === 'a-value' ? 0 : 2) + version + 100)
    expect((await listRegistry(client)).schemaIds).toBeNull()
  })

  it('ignores the ids when no two versions share content (nothing to save)', async () => {
    const unique = new Map([['a-value', versions([1, 2])]])
    const { client, calls } = fakeClient(unique, (_, version) => version)
    expect((await listRegistry(client)).schemaIds).toBeNull()
    expect(calls.byVersion).toEqual([])
  })
})
