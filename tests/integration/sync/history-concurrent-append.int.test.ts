import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { packSample } from '@/features/consumer-groups/lib'
import type { LagHistoryRow } from '@/sync/activities/lag-check/build-rows'
import { writeGroupLag } from '@/sync/activities/lag-check/write-rows'
import { rawSamples } from '@tests/helpers/lag-history'
import { createTestPayload, testDatabase, type TestPayload } from '@tests/helpers/payload'

/**
 * Raw history is appended to one row per group and hour: writers that append to the same hour
 * row at once (two workers, or a retried slice) must not lose a sample.
 */
let ctx: TestPayload
let payload: Payload
let clusterId: number
let groupId: number

const HOUR = Date.UTC(2026, 11, 4, 14)
const WRITERS = 24

const sampleRow = (second: number, totalLag: number): LagHistoryRow => {
  const written = new Date().toISOString()
  return {
    consumerGroup: groupId,
    cluster: clusterId,
    workspace: null,
    virtualCluster: null,
    timestamp: new Date(HOUR).toISOString(),
    resolution: 'raw',
    samples: packSample({ time: HOUR + second * 1000, totalLag, maxPartitionLag: totalLag, lagSeconds: null, memberCount: 1, state: 'Stable' }),
    updatedAt: written,
    createdAt: written,
  }
}

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  clusterId = (
    await payload.create({
      collection: 'kafka-clusters',
      data: { name: 'append', bootstrapServers: '127.0.0.1:1', securityProtocol: 'PLAINTEXT' },
      overrideAccess: true,
    })
  ).id
  groupId = (
    await payload.create({ collection: 'kafka-consumer-groups', data: { groupId: 'append', cluster: clusterId, status: 'active' }, overrideAccess: true })
  ).id
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe(`raw history appends on ${testDatabase()}`, () => {
  it('keeps every sample when writers append to the same hour row at once', async () => {
    // Each writer its own atomic write (its own connection on PostgreSQL), all started together.
    await Promise.all(Array.from({ length: WRITERS }, (_, i) => writeGroupLag(payload, [], [sampleRow(i * 10, i)])))
    const rows = await payload.count({ collection: 'kafka-consumer-group-lag-history', where: { consumerGroup: { equals: groupId } }, overrideAccess: true })
    expect(rows.totalDocs).toBe(1)
    expect((await rawSamples(payload, groupId)).map((s) => [s.time - HOUR, s.totalLag])).toEqual(Array.from({ length: WRITERS }, (_, i) => [i * 10_000, i]))
  })

  it('keeps one sample per poll when a write is retried', async () => {
    await writeGroupLag(payload, [], [sampleRow(5, 77)])
    await writeGroupLag(payload, [], [sampleRow(5, 77)])
    const samples = await rawSamples(payload, groupId)
    expect(samples.filter((s) => s.time === HOUR + 5000).map((s) => s.totalLag)).toEqual([77])
    expect(samples).toHaveLength(WRITERS + 1)
  })
})
