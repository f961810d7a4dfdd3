import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bulkUpsert } from '@/sync/db/bulk-upsert'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'

let ctx: TestPayload

beforeAll(async () => {
  ctx = await createTestPayload()
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe(`bulk upsert on ${testDatabase()}`, () => {
  it('refuses rows that do not all have the same fields, and writes none of them', async () => {
    const { payload } = ctx
    const cluster = await payload.create({
      collection: 'kafka-clusters',
      data: { name: 'bulk', bootstrapServers: '127.0.0.1:1', securityProtocol: 'PLAINTEXT' },
      overrideAccess: true,
    })
    const at = new Date().toISOString()
    const row = (topic: string) => ({ cluster: cluster.id, topic, partition: 0, updatedAt: at, createdAt: at })
    const spec = { table: 'kafka_partition_offsets', conflict: ['cluster', 'topic', 'partition'], update: ['updatedAt'] } as const
    await expect(
      bulkUpsert(payload, { ...spec, conflict: [...spec.conflict], update: [...spec.update] }, [row('a'), { ...row('b'), recentLogEnds: [5] }]),
    ).rejects.toThrow("every row must have the first row's fields")
    const written = await payload.count({ collection: 'kafka-partition-offsets', where: { cluster: { equals: cluster.id } }, overrideAccess: true })
    expect(written.totalDocs).toBe(0)
  })
})
