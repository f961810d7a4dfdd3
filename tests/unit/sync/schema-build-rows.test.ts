import { describe, expect, it } from 'vitest'

import { referenceKey, type ReferencedVersion } from '@/features/schemas/lib'
import { buildSubjectRows } from '@/sync/activities/schema-sync/build-rows'
import type { FetchedSubject } from '@/sync/activities/schema-sync/fetch-subject'
import { UNOWNED } from '@/sync/ownership'

const record = (name: string, fields: object[]) => JSON.stringify({ type: 'record', name, namespace: 'com.acme', fields })
const invoice = record('Invoice', [{ name: 'total', type: 'com.acme.Money' }])
const currencyRef = { name: 'com.acme.Currency', subject: 'currency', version: 1 }
const stored = (subject: string, version: number, content: string, references: ReferencedVersion['references'] = []): ReferencedVersion => ({
  subject,
  version,
  content,
  references,
})
// Money references Currency: the invoice subject's references resolve two levels deep.
const referenced = new Map(
  [
    stored('currency', 1, JSON.stringify({ type: 'enum', name: 'Currency', namespace: 'com.acme', symbols: ['EUR'] })),
    stored(
      'money',
      1,
      record('Money', [
        { name: 'cents', type: 'long' },
        { name: 'currency', type: 'com.acme.Currency' },
      ]),
      [currencyRef],
    ),
    stored(
      'money',
      2,
      record('Money', [
        { name: 'cents', type: 'string' },
        { name: 'currency', type: 'com.acme.Currency' },
      ]),
      [currencyRef],
    ),
  ].map((v) => [referenceKey(v.subject, v.version), v]),
)

const version = (n: number, moneyVersion: number) => ({
  version: n,
  ok: true as const,
  id: 100 + n,
  schemaType: 'AVRO' as const,
  schema: invoice,
  references: [{ name: 'com.acme.Money', subject: 'money', version: moneyVersion }],
  // What the registry fetch alone brings: Money without the Currency it needs.
  referenceContents: [
    { name: 'com.acme.Money', subject: 'money', version: moneyVersion, content: referenced.get(referenceKey('money', moneyVersion))!.content },
  ],
  softDeleted: false,
})

const build = (fetched: FetchedSubject, withReferenced = true) =>
  buildSubjectRows({
    clusterId: 1,
    listing: { subject: 'invoices-value', versions: fetched.versions.map((v) => v.version), deletedVersions: [] },
    fetched,
    owner: { workspace: null, virtualCluster: null, application: null, topic: null, topicName: null, type: null },
    firstSeen: new Map(),
    now: '2026-12-03T12:00:00.000Z',
    referenced: withReferenced ? referenced : undefined,
  })

describe('buildSubjectRows with references', () => {
  const fetched: FetchedSubject = { subject: 'invoices-value', compatibility: 'BACKWARD', mode: null, versions: [version(1, 1), version(2, 2)] }

  it('judges each version with its referenced versions resolved transitively', () => {
    const rows = build(fetched)
    expect(rows.versions.map((v) => [v.version, v.status, v.isCompatible])).toEqual([
      [1, 'synced', true],
      [2, 'synced', false],
    ])
    expect(rows.versions[1]!.compatibilityReasons).toEqual([
      'the new schema cannot read data written with v1: Invoice.total.cents: long cannot be read as string (TYPE_MISMATCH)',
    ])
  })

  it("flags the subject from its versions' verdicts and records the referenced subjects", () => {
    const rows = build(fetched)
    expect(rows.schema).toMatchObject({ latestCompatible: false, hasIncompatibleVersions: true })
    expect(rows.versions[0]!.referencedSubjects).toBe('\nmoney\n')
  })

  it('without the stored versions a nested reference is missing and the version fails to parse', () => {
    const rows = build(fetched, false)
    expect(rows.versions.map((v) => v.status)).toEqual(['failed', 'failed'])
  })
})

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
    fetched: { subject: 'payments-value', compatibility: 'BACKWARD', mode: null, versions },
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
