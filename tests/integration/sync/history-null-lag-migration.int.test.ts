import type { Migration, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bulkUpsert } from '@/sync/db/bulk-upsert'
import { payloadBefore } from '@tests/helpers/migrations'
import { closePayload, testDatabase } from '@tests/helpers/payload'

const NAME = 'history_null_lag_without_commit'

let payload: Payload
let migrations: Migration[]
let at: number
let groupId: number
let clusterId: number

async function totals() {
  const found = await payload.find({
    collection: 'kafka-consumer-group-lag-history',
    sort: 'timestamp',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    // The columns this migration knows: later ones (packed_lag_history's samples) are not applied here.
    select: { resolution: true, totalLag: true, totalLagMin: true, totalLagMax: true },
  })
  return found.docs.map((r) => [r.resolution, r.totalLag ?? null, r.totalLagMin ?? null, r.totalLagMax ?? null])
}

beforeAll(async () => {
  // The database as it was before: history rows the old lag check and retention wrote.
  ;({ payload, migrations, at, clusterId } = await payloadBefore(NAME))
  const created = new Date().toISOString()
  const [group] = await bulkUpsert(payload, { table: 'kafka_consumer_groups', conflict: ['cluster', 'groupId'], update: ['updatedAt'], returning: ['id'] }, [
    { groupId: 'g', cluster: clusterId, status: 'active', updatedAt: created, createdAt: created },
  ])
  groupId = group!.id
  const row = (
    minute: number,
    resolution: string,
    lags: { totalLag: number; totalLagMin: number | null; totalLagMax: number | null; maxPartitionLag: number | null },
  ) => {
    const timestamp = new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString()
    return { consumerGroup: groupId, cluster: clusterId, timestamp, resolution, sampleCount: 1, ...lags, updatedAt: timestamp, createdAt: timestamp }
  }
  await bulkUpsert(payload, { table: 'kafka_consumer_group_lag_history', conflict: ['consumerGroup', 'resolution', 'timestamp'], update: ['totalLag'] }, [
    row(0, 'raw', { totalLag: 0, totalLagMin: null, totalLagMax: null, maxPartitionLag: null }), // no commit, written as 0
    row(1, 'raw', { totalLag: 0, totalLagMin: null, totalLagMax: null, maxPartitionLag: 0 }), // caught up: a real 0
    row(2, 'raw', { totalLag: 7, totalLagMin: null, totalLagMax: null, maxPartitionLag: 7 }),
    row(3, 'hour', { totalLag: 0, totalLagMin: 0, totalLagMax: 0, maxPartitionLag: null }), // an hour without any commit
    row(4, 'hour', { totalLag: 3, totalLagMin: 0, totalLagMax: 6, maxPartitionLag: 6 }), // mixed: cannot be told apart
  ])
})

afterAll(async () => {
  if (payload) await closePayload(payload)
})

describe(`history migration ${NAME} on ${testDatabase()}`, () => {
  it('nulls the total lag of exactly the rows without any commit, keeping real zeros and mixed rollups', async () => {
    // Up to this migration only: a later one packs the raw rows (packed_lag_history).
    await payload.db.migrate({ migrations: migrations.slice(0, at + 1) })
    expect(await totals()).toEqual([
      ['raw', null, null, null],
      ['raw', 0, null, null],
      ['raw', 7, null, null],
      ['hour', null, null, null],
      ['hour', 3, 0, 6],
    ])
    // The column takes the lag check's null now.
    await bulkUpsert(payload, { table: 'kafka_consumer_group_lag_history', conflict: ['consumerGroup', 'resolution', 'timestamp'], update: ['totalLag'] }, [
      {
        consumerGroup: groupId,
        cluster: clusterId,
        timestamp: new Date(Date.UTC(2026, 0, 1, 0, 5)).toISOString(),
        resolution: 'raw',
        totalLag: null,
        updatedAt: new Date().toISOString(),
        createdAt: new Date().toISOString(),
      },
    ])
    expect((await totals()).at(-1)).toEqual(['raw', null, null, null])
  })

  it('down writes the old zeros back', async () => {
    const migration = migrations.find((m) => m.name.endsWith(NAME))!
    // As the adapter runs it, on its drizzle handle (outside a transaction here).
    await migration.down({ db: (payload.db as unknown as { drizzle: unknown }).drizzle, payload, req: {} })
    expect(await totals()).toEqual([
      ['raw', 0, null, null],
      ['raw', 0, null, null],
      ['raw', 7, null, null],
      ['hour', 0, 0, 0],
      ['hour', 3, 0, 6],
      ['raw', 0, null, null],
    ])
  })
})
