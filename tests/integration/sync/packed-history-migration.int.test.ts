import type { Migration, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { packSample } from '@/features/consumer-groups/lib'
import { writeGroupLag } from '@/sync/activities/lag-check/write-rows'
import { queryRows, sql } from '@/sync/db/raw'
import { historyRows, rawSamples } from '@tests/helpers/lag-history'
import { payloadBefore } from '@tests/helpers/migrations'
import { closePayload, testDatabase } from '@tests/helpers/payload'

/**
 * Issue 15, item 2: raw lag history from one row per poll (today's layout, written with raw SQL:
 * the current table definitions have no partitionLag) to one row per group and hour holding the
 * hour's polls packed; hourly rows stay as they are.
 */
const NAME = 'packed_lag_history'

let payload: Payload
let migrations: Migration[]
let clusterId: number
let groupId: number
let otherId: number

const at = (hour: number, minute: number) => Date.UTC(2026, 11, 1, hour, minute)
/** Today's raw rows: [group, time, totalLag, maxPartitionLag, lagSeconds, memberCount, state]. */
type OldRaw = [number, number, number | null, number | null, number | null, number | null, string | null]
let oldRows: OldRaw[]

beforeAll(async () => {
  ;({ payload, migrations, clusterId } = await payloadBefore(NAME))
  const created = new Date().toISOString()
  const group = async (name: string) => {
    const [row] = await queryRows(
      payload,
      sql`INSERT INTO kafka_consumer_groups (group_id, cluster_id, status, updated_at, created_at) VALUES (${name}, ${clusterId}, 'active', ${created}, ${created}) RETURNING id`,
    )
    return Number(row!.id)
  }
  groupId = await group('orders')
  otherId = await group('billing')
  oldRows = [
    [groupId, at(10, 0), 5, 5, 1.5, 2, 'Stable'],
    [groupId, at(10, 1), null, null, null, 0, 'Empty'],
    [groupId, at(10, 59), 0, 0, 0, 2, 'Stable'],
    [groupId, at(11, 0), 12, 9, 2.25, 3, 'PreparingRebalance'],
    [otherId, at(10, 30), 40, 40, 8, 1, 'Stable'],
  ]
  for (const [g, time, totalLag, maxPartitionLag, lagSeconds, memberCount, state] of oldRows) {
    const ts = new Date(time).toISOString()
    await queryRows(
      payload,
      sql`INSERT INTO kafka_consumer_group_lag_history (consumer_group_id, cluster_id, timestamp, resolution, sample_count, total_lag, max_partition_lag, lag_seconds, partition_lag, member_count, state, updated_at, created_at)
          VALUES (${g}, ${clusterId}, ${ts}, 'raw', 1, ${totalLag}, ${maxPartitionLag}, ${lagSeconds}, ${JSON.stringify({ 'orders-0': totalLag })}, ${memberCount}, ${state}, ${ts}, ${ts})`,
    )
  }
  const hour = new Date(at(9, 0)).toISOString()
  await queryRows(
    payload,
    sql`INSERT INTO kafka_consumer_group_lag_history (consumer_group_id, cluster_id, timestamp, resolution, sample_count, total_lag, total_lag_min, total_lag_max, max_partition_lag, lag_seconds, lag_seconds_max, member_count, state, updated_at, created_at)
        VALUES (${groupId}, ${clusterId}, ${hour}, 'hour', 60, 30, 10, 50, 50, 3, 6, 2, 'Stable', ${hour}, ${hour})`,
  )
})

afterAll(async () => {
  if (payload) await closePayload(payload)
})

const asSample = ([, time, totalLag, maxPartitionLag, lagSeconds, memberCount, state]: OldRaw) => ({
  time,
  totalLag,
  maxPartitionLag,
  lagSeconds,
  memberCount,
  state,
})

describe(`history migration ${NAME} on ${testDatabase()}`, () => {
  it('packs each group’s raw rows into one row per hour holding every poll, keeping the hourly rows', async () => {
    await payload.db.migrate({ migrations })
    const raw = await historyRows(payload, 'raw')
    const byTimeThenGroup = (a: [unknown, string], b: [unknown, string]) => a[1].localeCompare(b[1]) || Number(a[0]) - Number(b[0])
    expect(raw.map((r): [unknown, string] => [r.consumerGroup, r.timestamp]).sort(byTimeThenGroup)).toEqual([
      [groupId, new Date(at(10, 0)).toISOString()],
      [otherId, new Date(at(10, 0)).toISOString()],
      [groupId, new Date(at(11, 0)).toISOString()],
    ])
    expect(await rawSamples(payload, groupId)).toEqual(oldRows.filter(([g]) => g === groupId).map(asSample))
    expect(await rawSamples(payload, otherId)).toEqual(oldRows.filter(([g]) => g === otherId).map(asSample))
    expect((await historyRows(payload, 'hour')).map((r) => [r.timestamp, r.sampleCount, r.totalLag, r.totalLagMin, r.totalLagMax])).toEqual([
      [new Date(at(9, 0)).toISOString(), 60, 30, 10, 50],
    ])
  })

  it('lets the lag check append its next poll to the migrated hour row', async () => {
    const time = at(11, 30)
    const written = new Date().toISOString()
    await writeGroupLag(
      payload,
      [],
      [
        {
          consumerGroup: groupId,
          cluster: clusterId,
          workspace: null,
          virtualCluster: null,
          timestamp: new Date(at(11, 0)).toISOString(),
          resolution: 'raw',
          samples: packSample({ time, totalLag: 1, maxPartitionLag: 1, lagSeconds: 0.5, memberCount: 3, state: 'Stable' }),
          updatedAt: written,
          createdAt: written,
        },
      ],
    )
    expect((await rawSamples(payload, groupId)).map((s) => [s.time, s.totalLag])).toEqual([
      [at(10, 0), 5],
      [at(10, 1), null],
      [at(10, 59), 0],
      [at(11, 0), 12],
      [time, 1],
    ])
  })

  it('down writes one raw row per poll back', async () => {
    const migration = migrations.find((m) => m.name.endsWith(NAME))!
    // As the adapter runs it, on its drizzle handle (outside a transaction here).
    await migration.down({ db: (payload.db as unknown as { drizzle: unknown }).drizzle, payload, req: {} })
    const rows = await queryRows(
      payload,
      sql`SELECT consumer_group_id AS g, timestamp AS t, total_lag AS l, state AS s FROM kafka_consumer_group_lag_history WHERE resolution = 'raw' ORDER BY timestamp, consumer_group_id`,
    )
    expect(rows.map((r) => [Number(r.g), new Date(r.t as string).getTime(), r.l === null ? null : Number(r.l), r.s])).toEqual([
      [groupId, at(10, 0), 5, 'Stable'],
      [groupId, at(10, 1), null, 'Empty'],
      [otherId, at(10, 30), 40, 'Stable'],
      [groupId, at(10, 59), 0, 'Stable'],
      [groupId, at(11, 0), 12, 'PreparingRebalance'],
      [groupId, at(11, 30), 1, 'Stable'],
    ])
  })
})
