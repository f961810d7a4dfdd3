import { describe, expect, it } from 'vitest'

import { buildSubjectRows } from '@/sync/activities/schema-sync/build-rows'
import { UNOWNED } from '@/sync/ownership'

/** Issue 12, item 8: a Protobuf subject whose schema fails to parse was shown as Avro. */
const broken = 'syntax = "proto3";\nmessage Payment { string id = 1 \n' // missing ';' and '}'
const fetchedVersion = (version: number, schemaType: 'AVRO' | 'PROTOBUF' | 'JSON', schema: string) => ({
  version,
  ok: true as const,
  id: 100 + version,
  schemaType,
  schema,
  references: [],
  referenceContents: [],
  softDeleted: false,
})

function rows(versions: ReturnType<typeof fetchedVersion>[]) {
  return buildSubjectRows({
    clusterId: 1,
    listing: { subject: 'payments-value', versions: versions.map((v) => v.version), deletedVersions: [] },
    fetched: { subject: 'payments-value', compatibility: 'BACKWARD', versions },
    owner: { ...UNOWNED, topic: null, topicName: null, type: null },
    firstSeen: new Map(),
    now: '2026-12-03T00:00:00.000Z',
  })
}

describe('schema rows of a subject that does not parse', () => {
  it('keep the registry’s schemaType on the subject', () => {
    const { schema, versions } = rows([fetchedVersion(1, 'PROTOBUF', broken)])
    expect(versions.map((v) => v.status)).toEqual(['failed'])
    expect(schema.status).toBe('failed')
    expect(schema.format).toBe('protobuf')
  })

  it('still take the format of the latest version that parses when there is one', () => {
    const { schema } = rows([fetchedVersion(1, 'JSON', '{"type":"object"}'), fetchedVersion(2, 'PROTOBUF', broken)])
    expect(schema.format).toBe('json')
  })
})
