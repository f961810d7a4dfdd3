import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestPayload } from '@tests/helpers/payload'
import { tokenFor } from '@tests/helpers/api-clients'
import { PASSWORD, seedTenancyFixture, type TenancyFixture } from '@tests/helpers/tenancy-fixture'

let ctx: TestPayload
let payload: Payload
let fixture: TenancyFixture
let subjectId: number
let memberToken: string

const record = (fields: object[]) => JSON.stringify({ type: 'record', name: 'Payment', namespace: 'a', fields })
const ID = { name: 'id', type: 'string' }
const NOTE = { name: 'note', type: ['null', 'string'], default: null }
const SUBJECT = 'a-prod-payments-value'

async function check(body: unknown, token: string | null = memberToken) {
  const { handleEndpoints } = await import('payload')
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token) headers.Authorization = `JWT ${token}`
  const request = new Request('http://localhost/api/schemas/check', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) })
  const response = await handleEndpoints({ config: payload.config, request })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  fixture = await seedTenancyFixture(payload)
  const cluster = (await payload.find({ collection: 'kafka-clusters', where: { name: { equals: 'cluster-1' } }, overrideAccess: true })).docs[0]!
  const schema = await payload.create({
    collection: 'kafka-schemas',
    data: {
      subject: SUBJECT,
      cluster: cluster.id,
      workspace: fixture.workspaces.A,
      format: 'avro',
      status: 'registered',
      compatibilityLevel: 'BACKWARD',
      latestVersion: 2,
      content: record([ID, NOTE]),
    },
    overrideAccess: true,
  })
  subjectId = schema.id
  for (const [version, content] of [
    [1, record([ID])],
    [2, record([ID, NOTE])],
  ] as const) {
    await payload.create({
      collection: 'kafka-schema-versions',
      data: { schema: schema.id, cluster: cluster.id, workspace: fixture.workspaces.A, version, format: 'avro', content, status: 'synced' },
      overrideAccess: true,
    })
  }
  memberToken = await tokenFor(payload, fixture.users.memberA.email, PASSWORD)
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('POST /api/schemas/check', () => {
  it('finds a compatible candidate by subject and cluster name, with its diff against the latest version', async () => {
    const amount = { name: 'amount', type: 'long', default: 0 }
    const { status, body } = await check({ subject: SUBJECT, cluster: 'cluster-1', schema: record([ID, NOTE, amount]) })
    expect(status).toBe(200)
    expect(body).toMatchObject({
      subject: { id: subjectId, subject: SUBJECT },
      format: 'avro',
      level: 'BACKWARD',
      latestVersion: 2,
      compatible: true,
      reasons: [],
    })
    expect(body.changes).toEqual([expect.objectContaining({ kind: 'field-added', path: 'Payment.amount' })])
  })

  it('rejects a field added without a default under BACKWARD, naming the field', async () => {
    const { status, body } = await check({ subjectId, schemaType: 'AVRO', schema: record([ID, NOTE, { name: 'amount', type: 'long' }]) })
    expect(status).toBe(200)
    expect(body.compatible).toBe(false)
    expect(body.reasons).toEqual([expect.stringContaining('amount: field is missing from the writer')])
  })

  it('answers 400 with the parse error for a malformed candidate', async () => {
    const { status, body } = await check({ subjectId, schema: '{"type": "record", "name": "Payment", "fields": [' })
    expect(status).toBe(400)
    expect(body.error).toMatch(/^the candidate is not a valid schema: /)
  })

  it('answers 400 for a request that names no subject', async () => {
    const { status, body } = await check({ schema: record([ID]) })
    expect(status).toBe(400)
    expect(body.error).toContain('name the subject')
  })

  it("answers another workspace's subject exactly like a missing one (404)", async () => {
    const other = (await payload.find({ collection: 'kafka-schemas', where: { subject: { equals: 'c-prod-orders-value' } }, overrideAccess: true })).docs[0]!
    const foreign = await check({ subjectId: other.id, schema: '{"type":"string"}' })
    const missing = await check({ subjectId: 999_999, schema: '{"type":"string"}' })
    expect(foreign).toEqual({ status: 404, body: { error: 'subject not found' } })
    expect(missing).toEqual(foreign)
  })

  it('answers 401 without a user', async () => {
    const { status } = await check({ subjectId, schema: record([ID]) }, null)
    expect(status).toBe(401)
  })
})
